package com.allocar.payment.payout;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The spec's scheduled driver payouts; ShedLock: one instance of the fleet runs it (also when an admin runs it by hand). */
@Component
public class PayoutJob {

    private static final Logger log = LoggerFactory.getLogger(PayoutJob.class);
    private static final String LOCK = "payment-payouts";
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final Payouts payouts;
    private final ObjectProvider<LockProvider> locks;

    public PayoutJob(Payouts payouts, ObjectProvider<LockProvider> locks) {
        this.payouts = payouts;
        this.locks = locks;
    }

    @Scheduled(cron = "${allocar.payment.payouts.cron:0 0 3 * * *}", zone = "Africa/Abidjan")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void run() {
        log.info("scheduled payouts: {} attempted", payouts.runScheduled());
    }

    /**
     * A run asked for by staff, under the scheduled run's lock. @return payouts attempted; empty when another run holds
     * the lock (it pays the same drivers: nothing is lost by not running twice). Without jobs (tests) it just runs.
     */
    public Optional<Integer> runNow() {
        LockProvider provider = locks.getIfAvailable();
        if (provider == null) {
            return Optional.of(payouts.runScheduled());
        }
        try {
            var result = new DefaultLockingTaskExecutor(provider)
                    .executeWithLock(payouts::runScheduled, new LockConfiguration(Instant.now(), LOCK, AT_MOST, Duration.ZERO));
            return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
