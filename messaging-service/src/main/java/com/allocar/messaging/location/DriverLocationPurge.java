package com.allocar.messaging.location;

import com.allocar.messaging.config.MessagingProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Positions are kept {@code allocar.messaging.locations.retention} (30 days), then deleted: every night, once per
 * cluster (ShedLock; off with {@code allocar.jobs.enabled=false}, tests call {@link #purge()} directly).
 */
@Component
public class DriverLocationPurge {

    private static final Logger log = LoggerFactory.getLogger(DriverLocationPurge.class);

    private final DriverLocationRepository locations;
    private final MessagingProperties props;

    DriverLocationPurge(DriverLocationRepository locations, MessagingProperties props) {
        this.locations = locations;
        this.props = props;
    }

    @Scheduled(cron = "${allocar.messaging.locations.purge-cron:0 23 3 * * *}")
    @SchedulerLock(name = "messaging-driver-location-purge", lockAtMostFor = "PT10M")
    public void nightly() {
        purge();
    }

    /** Deletes the positions past the retention. @return how many */
    public int purge() {
        int n = locations.purgeOlderThan(props.locations().retention());
        log.info("purged {} driver positions older than {}", n, props.locations().retention());
        return n;
    }
}
