package com.allocar.trip.hold;

import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases holds whose booking was not paid in time, trip by trip (one short transaction each), every
 * {@code allocar.trip.holds.expiry-interval}. ShedLock: one instance of the fleet runs it at a time.
 * Tests call {@link #releaseExpired()} directly.
 */
@Component
public class HoldExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiryJob.class);
    private static final int TRIPS_PER_ROUND = 200;

    private final ExpireHolds holds;

    HoldExpiryJob(ExpireHolds holds) {
        this.holds = holds;
    }

    @Scheduled(fixedDelayString = "${allocar.trip.holds.expiry-interval:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "trip-seat-hold-expiry", lockAtMostFor = "PT5M")
    public void run() {
        releaseExpired();
    }

    /** @return how many holds expired */
    public int releaseExpired() {
        int total = 0;
        List<UUID> trips;
        do {
            trips = holds.tripsWithExpiredHolds(TRIPS_PER_ROUND);
            for (UUID trip : trips) {
                try {
                    total += holds.expire(trip);
                } catch (RuntimeException e) {
                    log.warn("could not expire the holds of trip {}: {}", trip, e.toString());
                }
            }
        } while (trips.size() == TRIPS_PER_ROUND);
        if (total > 0) {
            log.info("released {} expired seat holds", total);
        }
        return total;
    }
}
