package com.allocar.identity.referral;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    boolean existsByRefereeId(UUID refereeId);
}
