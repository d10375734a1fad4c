package com.allocar.identity.auth.otp;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OtpChallengeRepository extends JpaRepository<OtpChallenge, UUID> {

    Optional<OtpChallenge> findFirstByDestinationOrderByCreatedAtDesc(String destination);

    /** A new code replaces the previous ones. */
    @Modifying
    @Query("update OtpChallenge c set c.consumedAt = ?2 where c.destination = ?1 and c.consumedAt is null")
    int supersede(String destination, Instant now);

    @Modifying
    @Query("delete from OtpChallenge c where c.expiresAt < ?1")
    int deleteExpiredBefore(Instant cutoff);
}
