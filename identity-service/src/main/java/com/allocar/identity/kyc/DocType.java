package com.allocar.identity.kyc;

/** Identity documents accepted in Côte d'Ivoire: national id card, passport, driving licence. */
public enum DocType {
    CNI(true), PASSPORT(false), PERMIS(true);

    private final boolean hasBack;

    DocType(boolean hasBack) {
        this.hasBack = hasBack;
    }

    /** Cards have a back side to photograph; a passport's data page is one image. */
    public boolean hasBack() {
        return hasBack;
    }
}
