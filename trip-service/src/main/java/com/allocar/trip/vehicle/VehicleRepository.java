package com.allocar.trip.vehicle;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleRepository extends JpaRepository<Vehicle, UUID> {

    Page<Vehicle> findByUserId(UUID userId, Pageable pageable);

    List<Vehicle> findTop2ByUserIdOrderByCreatedAtAsc(UUID userId);

    boolean existsByPlateNumber(String plateNumber);

    boolean existsByPlateNumberAndIdNot(String plateNumber, UUID id);
}
