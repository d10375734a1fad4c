package com.allocar.trip.pricing;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriceBandRepository extends JpaRepository<PriceBand, UUID> {
}
