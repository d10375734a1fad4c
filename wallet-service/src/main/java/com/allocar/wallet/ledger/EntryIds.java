package com.allocar.wallet.ledger;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Entry ids derived from what caused them (ADR 006: "entry_id derived from payment_id"): the same cause always
 * names the same entry, so a redelivered event or a retried request can never write it twice.
 */
public final class EntryIds {

    private EntryIds() {
    }

    public static UUID of(String purpose, Object... parts) {
        StringBuilder sb = new StringBuilder("allocar.wallet:").append(purpose);
        for (Object p : parts) {
            sb.append(':').append(p);
        }
        return UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
