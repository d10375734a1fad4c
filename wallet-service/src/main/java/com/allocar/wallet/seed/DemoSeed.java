package com.allocar.wallet.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.member.Contacts;
import com.allocar.wallet.member.KycRegistry;
import com.allocar.wallet.member.KycStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo wallets for a local run ({@code local} profile only), for identity's demo members (fixed ids): Kouassi (driver,
 * KYC approved, so he may withdraw) has earnings of two past rides; Awa (passenger) topped up her wallet. Written through
 * the ledger like any entry, with ids derived from fixed names: re-running writes nothing twice.
 */
@Component
@Profile("local")
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    static final UUID KOUASSI = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID AWA = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private final Ledger ledger;
    private final KycRegistry kyc;
    private final Contacts contacts;
    private final TransactionTemplate tx;

    DemoSeed(Ledger ledger, KycRegistry kyc, Contacts contacts, TransactionTemplate tx) {
        this.ledger = ledger;
        this.kyc = kyc;
        this.contacts = contacts;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            kyc.changed(KOUASSI, KycStatus.APPROVED, Instant.parse("2026-01-01T00:00:00Z"));
            contacts.registered(KOUASSI, "+2250700000001", "Kouassi", "Yao");
            earning(KOUASSI, "ride-1", "5340");
            earning(KOUASSI, "ride-2", "10680");
            ledger.write(AWA, NewEntry.settled(EntryIds.of("demo", "topup", AWA), Direction.CREDIT, new BigDecimal("10000"), Source.TOPUP,
                    "topup", EntryIds.of("demo", "topup-ref", AWA), "Rechargement (démo)"));
        });
        log.info("demo wallets ready: Kouassi {} XOF, Awa {} XOF", ledger.find(KOUASSI).orElseThrow().balance(),
                ledger.find(AWA).orElseThrow().balance());
    }

    private void earning(UUID driver, String ride, String amount) {
        ledger.write(driver, NewEntry.settled(EntryIds.of("demo", ride, driver), Direction.CREDIT, new BigDecimal(amount), Source.EARNING,
                "booking", EntryIds.of("demo", "booking", ride), "Gain du trajet (démo)"));
    }
}
