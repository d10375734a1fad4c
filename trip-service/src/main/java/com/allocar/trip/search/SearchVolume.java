package com.allocar.trip.search;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The searches this instance answered since {@link SearchVolumeJob} last took them. Counted in memory: publishing an
 * event per search would turn every read into a write.
 */
@Component
public class SearchVolume {

    private final AtomicLong answered = new AtomicLong();

    /** One search answered (HTTP 200), from the cache or not; a refused search is not one. */
    public void answered() {
        answered.incrementAndGet();
    }

    /** The count so far, reset in the same atomic step: a search answered meanwhile lands in this take or the next, never both. */
    long take() {
        return answered.getAndSet(0);
    }

    /** Searches taken but not reported (the write failed): the next take reports them. */
    void giveBack(long searches) {
        answered.addAndGet(searches);
    }
}
