package com.allocar.identity.auth.token;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, UUID> {

    /** Locked so two concurrent refreshes with the same token cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from RefreshToken t where t.tokenHash = ?1")
    Optional<RefreshToken> findForUpdate(String tokenHash);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.familyId = ?1 and t.revokedAt is null")
    int revokeFamily(UUID familyId, Instant now);

    /** The sessions of a user that can still be refreshed. */
    @Query("select distinct t.familyId from RefreshToken t where t.userId = ?1 and t.revokedAt is null and t.expiresAt > ?2")
    java.util.List<UUID> liveFamiliesOf(UUID userId, Instant now);

    @Modifying
    @Query("delete from RefreshToken t where t.expiresAt < ?1")
    int deleteExpiredBefore(Instant cutoff);
}
