package com.allocar.notification.recipient;

import java.util.UUID;

/** How to reach a member: what identity told us (user.registered), and the language of their devices. */
public record Recipient(UUID userId, String firstName, String email, String phone, String locale) {

    public static Recipient unknown(UUID userId) {
        return new Recipient(userId, null, null, null, null);
    }
}
