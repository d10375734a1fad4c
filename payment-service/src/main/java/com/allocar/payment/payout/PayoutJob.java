package com.allocar.payment.payout;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The spec's scheduled driver payouts; ShedLock: one instance of the fleet runs it (also when an admin runs it by hand). */
@Component
public class PayoutJob {

    private static final Logger log = LoggerFactory.getLogger(PayoutJob.class);

    private final Payouts payouts;

    public PayoutJob(Payouts payouts) {
        this.payouts = payouts;
    }

    @Scheduled(cron = "${allocar.payment.payouts.cron:0 0 3 * * *}", zone = "Africa/Abidjan")
    @SchedulerLock(name = "payment-payouts", lockAtMostFor = "PT30M")
    public void run() {
        log.info("scheduled payouts: {} attempted", payouts.runScheduled());
    }
}
