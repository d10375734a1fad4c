package com.allocar.identity.kyc;

import com.allocar.platform.lifecycle.Lifecycle;

/** pending → approved | rejected; a decided document never changes again (a new one is submitted instead). */
public enum KycStatus {
    PENDING, APPROVED, REJECTED;

    /** What a user's KYC status reads when they never submitted a document (not a state of a document). */
    public static final String NONE = "none";

    public static final Lifecycle<KycStatus> LIFECYCLE = Lifecycle.of("KYC document", KycStatus.class)
            .from(PENDING).to(APPROVED, REJECTED)
            .build();

    /** The wire name (JSON, events): lower-case. */
    public String wire() {
        return Lifecycle.wire(this);
    }
}
