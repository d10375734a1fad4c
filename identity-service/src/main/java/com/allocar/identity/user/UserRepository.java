package com.allocar.identity.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<User> {

    Optional<User> findByPhone(String phone);

    @Query("select u from User u where lower(u.email) = lower(?1)")
    Optional<User> findByEmail(String email);

    Optional<User> findByReferralCode(String referralCode);

    /** The drivers held after a low rating (the review queue). */
    org.springframework.data.domain.Page<User> findByDriverHeldAtIsNotNull(org.springframework.data.domain.Pageable page);

    boolean existsByPhone(String phone);

    @Query("select count(u) > 0 from User u where lower(u.email) = lower(?1)")
    boolean existsByEmail(String email);
}
