package com.allocar.identity.kyc;

import java.util.Set;

/** pending → approved | rejected; a decided document never changes again (a new one is submitted instead). */
public enum KycStatus {
    PENDING, APPROVED, REJECTED;

    public Set<KycStatus> next() {
        return this == PENDING ? Set.of(APPROVED, REJECTED) : Set.of();
    }
}
