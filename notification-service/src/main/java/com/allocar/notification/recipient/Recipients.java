package com.allocar.notification.recipient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recipients read model: contact from identity's events, locale from the member's latest device. */
@Repository
public class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Many members at once (a batch of events); an unknown one is {@link Recipient#unknown}. */
    public Map<UUID, Recipient> findAll(java.util.Collection<UUID> users) {
        Map<UUID, Recipient> found = new java.util.HashMap<>();
        jdbc.sql("SELECT user_id, first_name, email, phone, locale FROM recipients WHERE user_id = ANY(?)").param(users.toArray(UUID[]::new))
                .query((rs, i) -> new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().forEach(r -> found.put(r.userId(), r));
        users.forEach(u -> found.putIfAbsent(u, Recipient.unknown(u)));
        return found;
    }

    /** identity's user.registered: the contact (null stays null: a phone sign-up has no e-mail). */
    public void registered(UUID user, String firstName, String email, String phone, Instant at) {
        jdbc.sql("""
                INSERT INTO recipients (user_id, first_name, email, phone, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, email = EXCLUDED.email,
                    phone = EXCLUDED.phone, updated_at = EXCLUDED.updated_at""")
                .params(user, firstName, email, phone, Timestamp.from(at)).update();
    }

    /** identity's user.updated: the name (it carries no contact). */
    public void renamed(UUID user, String firstName, Instant at) {
        jdbc.sql("""
                INSERT INTO recipients (user_id, first_name, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, updated_at = EXCLUDED.updated_at""")
                .params(user, firstName, Timestamp.from(at)).update();
    }

    /** A device registered with a locale: the member's language from now on. */
    public void speaks(UUID user, String locale, Instant at) {
        jdbc.sql("""
                INSERT INTO recipients (user_id, locale, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET locale = EXCLUDED.locale, updated_at = EXCLUDED.updated_at""")
                .params(user, locale, Timestamp.from(at)).update();
    }
}
