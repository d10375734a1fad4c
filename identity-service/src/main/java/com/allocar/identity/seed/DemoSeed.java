package com.allocar.identity.seed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.events.IdentityEvent;
import com.allocar.identity.kyc.DocType;
import com.allocar.identity.kyc.KycStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo members for a local run ({@code local} profile only): two drivers with approved KYC and a
 * passenger, all with the password {@code Akwaba2025}. Fixed ids so other services' demo data can
 * refer to them; re-runnable, and announced through the outbox like real sign-ups so other
 * services' read models (e.g. trip-service's KYC view) learn about them.
 */
@Component
@Profile("local")
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    static final String PASSWORD = "Akwaba2025";

    record Member(UUID id, String phone, String email, String firstName, String lastName, boolean driver, String referralCode) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member(UUID.fromString("00000000-0000-4000-8000-000000000001"), "+2250700000001", "kouassi.yao@demo.allocar.ci",
                    "Kouassi", "Yao", true, "DEMOKYAO"),
            new Member(UUID.fromString("00000000-0000-4000-8000-000000000002"), "+2250500000002", "aminata.diallo@demo.allocar.ci",
                    "Aminata", "Diallo", true, "DEMOADIA"),
            new Member(UUID.fromString("00000000-0000-4000-8000-000000000003"), "+2250100000003", "awa.kone@demo.allocar.ci",
                    "Awa", "Koné", false, "DEMOAKON"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DemoSeed(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = passwords.encode(PASSWORD);
        tx.executeWithoutResult(status -> MEMBERS.forEach(m -> seed(m, hash)));
        log.info("demo members ready: {} (password {})", MEMBERS.stream().map(Member::phone).toList(), PASSWORD);
    }

    private void seed(Member m, String hash) {
        int inserted = jdbc.sql("""
                INSERT INTO users (id, phone, email, password_hash, first_name, last_name, is_driver, is_phone_verified,
                                   is_email_verified, referral_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, true, true, ?) ON CONFLICT DO NOTHING""")
                .params(m.id(), m.phone(), m.email(), hash, m.firstName(), m.lastName(), m.driver(), m.referralCode())
                .update();
        if (inserted == 0) {
            return;
        }
        Instant now = Instant.now();
        events.publishEvent(new IdentityEvent(IdentityEventType.USER_REGISTERED, m.id(),
                new IdentityEvents.UserRegistered(m.id(), m.phone(), m.email(), m.firstName(), m.lastName(), m.referralCode(), "phone", now)));
        if (m.driver()) {
            UUID doc = UUID.nameUUIDFromBytes(("kyc-" + m.id()).getBytes());
            jdbc.sql("""
                    INSERT INTO kyc_documents (id, user_id, doc_type, doc_number, front_url, back_url, status, notes, reviewed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', now())""")
                    .params(doc, m.id(), DocType.CNI.name(), "CI-DEMO-" + m.phone().substring(8), "kyc/" + m.id() + "/demo-front.jpg",
                            "kyc/" + m.id() + "/demo-back.jpg", KycStatus.APPROVED.name())
                    .update();
            events.publishEvent(new IdentityEvent(IdentityEventType.KYC_APPROVED, doc,
                    new IdentityEvents.KycReviewed(doc, m.id(), DocType.CNI.wire(), KycStatus.APPROVED.wire(), "demo", null, now)));
        }
    }
}
