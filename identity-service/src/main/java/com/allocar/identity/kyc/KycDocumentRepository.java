package com.allocar.identity.kyc;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KycDocumentRepository extends JpaRepository<KycDocument, UUID> {

    Optional<KycDocument> findFirstByUserIdOrderByCreatedAtDesc(UUID userId);

    boolean existsByUserIdAndStatusIn(UUID userId, java.util.Collection<KycStatus> statuses);

    Page<KycDocument> findByStatus(KycStatus status, Pageable pageable);
}
