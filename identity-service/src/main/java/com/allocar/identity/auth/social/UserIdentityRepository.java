package com.allocar.identity.auth.social;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserIdentityRepository extends JpaRepository<UserIdentity, UserIdentity.Key> {
}
