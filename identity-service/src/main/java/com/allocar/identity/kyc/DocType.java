package com.allocar.identity.kyc;

import com.allocar.platform.lifecycle.Lifecycle;

/** Identity documents accepted in Côte d'Ivoire: national id card, passport, driving licence. */
public enum DocType {
    CNI(true), PASSPORT(false), PERMIS(true);

    private final boolean hasBack;

    DocType(boolean hasBack) {
        this.hasBack = hasBack;
    }

    /** The wire name (JSON, events): lower-case. */
    public String wire() {
        return Lifecycle.wire(this);
    }

    /** Cards have a back side to photograph; a passport's data page is one image. */
    public boolean hasBack() {
        return hasBack;
    }
}
