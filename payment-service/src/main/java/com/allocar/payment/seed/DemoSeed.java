package com.allocar.payment.seed;

import java.math.BigDecimal;

import com.allocar.payment.promo.PromoDiscount;
import com.allocar.payment.promo.Promos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Local demo data: the promo codes of the demo journey (once). */
@Component
@Profile("local")
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final Promos promos;
    private final JdbcClient jdbc;

    DemoSeed(Promos promos, JdbcClient jdbc) {
        this.promos = promos;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM promos WHERE code IN ('BIENVENUE', 'ABIDJAN10')").query(Long.class).single() > 0) {
            return;
        }
        promos.create("BIENVENUE", PromoDiscount.PromoType.AMOUNT, new BigDecimal("500"), 1000, 1, null, null, null);
        promos.create("ABIDJAN10", PromoDiscount.PromoType.PERCENT, BigDecimal.TEN, 100, 2, null, null, null);
        log.info("demo promos BIENVENUE (500 XOF, once per user) and ABIDJAN10 (10 %) created");
    }
}
