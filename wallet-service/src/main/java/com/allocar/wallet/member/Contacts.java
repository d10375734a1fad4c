package com.allocar.wallet.member;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Members' phone (their default payout number) and name, from identity's user.registered / user.updated. */
@Service
public class Contacts {

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(UUID userId, String phone, String firstName, String lastName) {
        jdbc.sql("""
                INSERT INTO member_contacts (user_id, phone, first_name, last_name) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET phone = COALESCE(EXCLUDED.phone, member_contacts.phone),
                    first_name = COALESCE(member_contacts.first_name, EXCLUDED.first_name),
                    last_name = COALESCE(member_contacts.last_name, EXCLUDED.last_name), updated_at = now()""")
                .params(userId, phone, firstName, lastName).update();
    }

    /** user.updated carries names, not the phone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renamed(UUID userId, String firstName, String lastName) {
        jdbc.sql("""
                INSERT INTO member_contacts (user_id, first_name, last_name) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, updated_at = now()""")
                .params(userId, firstName, lastName).update();
    }
}
