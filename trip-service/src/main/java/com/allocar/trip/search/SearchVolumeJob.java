package com.allocar.trip.search;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;

import com.allocar.trip.api.TripEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every {@code allocar.trip.search-volume.interval}, reports the searches this instance answered since its previous
 * run as one {@code search.volume} event (through the outbox), none when there were none. No ShedLock, unlike the
 * fleet's other jobs: each instance reports its own count. Tests call {@link #publish()} directly.
 * <p>
 * Stopping the instance reports what is left, once the web server no longer answers searches; the outbox relay has
 * stopped by then, so that event leaves with the next relay to run (another instance, or this one restarted).
 */
@Component
public class SearchVolumeJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchVolumeJob.class);
    /** Below Boot's web server (stopped at DEFAULT_PHASE - 2048): no search is answered after the last report. */
    private static final int AFTER_THE_WEB_SERVER = DEFAULT_PHASE - 4096;

    private final SearchVolume volume;
    private final ApplicationEventPublisher events;
    private final TransactionOperations tx;
    private final InstantSource clock;
    private final UUID instanceId = UUID.randomUUID();
    /** Where the next report's window starts: this instance's start, then the previous run. */
    private Instant windowStart;
    private volatile boolean running;

    @Autowired
    SearchVolumeJob(SearchVolume volume, ApplicationEventPublisher events, TransactionOperations tx) {
        this(volume, events, tx, InstantSource.system());
    }

    SearchVolumeJob(SearchVolume volume, ApplicationEventPublisher events, TransactionOperations tx, InstantSource clock) {
        this.volume = volume;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${allocar.trip.search-volume.interval:PT1M}", initialDelayString = "${allocar.trip.search-volume.interval:PT1M}")
    public void run() {
        publish();
    }

    /**
     * Reports the searches answered from the previous run to now.
     *
     * @return what was written to the outbox; empty for a window without searches or when the write failed
     */
    public synchronized Optional<TripEvents.SearchVolume> publish() {
        Instant start = windowStart;
        Instant end = clock.instant();
        long searches = volume.take();
        windowStart = end;
        if (searches == 0) {
            return Optional.empty();
        }
        var report = new TripEvents.SearchVolume(instanceId, start, end, searches);
        try {
            tx.executeWithoutResult(status -> events.publishEvent(new SearchVolumeCounted(report)));
            return Optional.of(report);
        } catch (RuntimeException e) {
            // rolled back: the next report carries these searches, over a window that starts where this one did
            volume.giveBack(searches);
            windowStart = start;
            log.warn("could not report {} searches, will retry at the next run: {}", searches, e.toString());
            return Optional.empty();
        }
    }

    /** The Kafka key and {@code instance_id} of this instance's reports. */
    public UUID instanceId() {
        return instanceId;
    }

    /** Opens the first window (before the web server answers its first search: a lower phase starts first). */
    @Override
    public synchronized void start() {
        windowStart = clock.instant();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        publish();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AFTER_THE_WEB_SERVER;
    }
}
