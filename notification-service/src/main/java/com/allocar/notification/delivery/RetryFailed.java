package com.allocar.notification.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Due attempts again (failed ones whose time has come, and pending ones whose after-commit send never ran): every
 * {@code allocar.notification.delivery.retry-interval}, once per cluster (ShedLock; off with
 * {@code allocar.jobs.enabled=false}, tests call {@link #run()} directly).
 */
@Component
public class RetryFailed {

    private final Attempts attempts;
    private final Dispatcher dispatcher;

    RetryFailed(Attempts attempts, Dispatcher dispatcher) {
        this.attempts = attempts;
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${allocar.notification.delivery.retry-interval:PT15S}")
    @SchedulerLock(name = "notification-retry", lockAtMostFor = "PT5M")
    public void scheduled() {
        run();
    }

    /** @return how many were sent */
    public int run() {
        int sent = 0;
        for (var id : attempts.due(200)) {
            if (dispatcher.dispatch(id)) {
                sent++;
            }
        }
        return sent;
    }
}
