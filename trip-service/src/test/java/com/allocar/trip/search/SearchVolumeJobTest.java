package com.allocar.trip.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.allocar.trip.api.TripEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

class SearchVolumeJobTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private final SearchVolume volume = new SearchVolume();
    private final List<TripEvents.SearchVolume> written = new CopyOnWriteArrayList<>();
    private final AtomicBoolean outboxDown = new AtomicBoolean();
    private final ApplicationEventPublisher outbox = event -> {
        if (outboxDown.get()) {
            throw new IllegalStateException("database unreachable");
        }
        written.add(((SearchVolumeCounted) event).payload());
    };
    /** The time the test moves: windows are asserted to the instant. */
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final SearchVolumeJob job = new SearchVolumeJob(volume, outbox, TransactionOperations.withoutTransaction(), now::get);

    @BeforeEach
    void instanceStarts() {
        job.start();
    }

    private void aMinutePasses() {
        now.updateAndGet(t -> t.plus(Duration.ofMinutes(1)));
    }

    private void answer(int searches) {
        for (int i = 0; i < searches; i++) {
            volume.answered();
        }
    }

    @Test
    void eachRunReportsTheSearchesSinceThePreviousRunOverThatWindow() {
        answer(3);
        aMinutePasses();
        var first = job.publish().orElseThrow();
        answer(2);
        aMinutePasses();
        var second = job.publish().orElseThrow();

        assertThat(first).isEqualTo(new TripEvents.SearchVolume(job.instanceId(), T0, T0.plusSeconds(60), 3));
        assertThat(second).isEqualTo(new TripEvents.SearchVolume(job.instanceId(), T0.plusSeconds(60), T0.plusSeconds(120), 2));
        assertThat(written).containsExactly(first, second);
    }

    @Test
    void aWindowWithoutSearchesReportsNothingAndTheNextWindowStartsAtItsEnd() {
        aMinutePasses();
        assertThat(job.publish()).isEmpty();
        assertThat(written).isEmpty();

        answer(1);
        aMinutePasses();
        assertThat(job.publish().orElseThrow().windowStart()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void searchesWhoseReportCouldNotBeWrittenGoWithTheNextReportOverTheLongerWindow() {
        answer(5);
        outboxDown.set(true);
        aMinutePasses();
        assertThat(job.publish()).isEmpty();

        outboxDown.set(false);
        answer(2);
        aMinutePasses();
        assertThat(job.publish()).contains(new TripEvents.SearchVolume(job.instanceId(), T0, T0.plusSeconds(120), 7));
        assertThat(written).hasSize(1);
    }

    @Test
    void stoppingTheInstanceReportsWhatIsLeftOnce() {
        answer(4);
        aMinutePasses();
        job.stop();
        job.stop();

        assertThat(job.isRunning()).isFalse();
        assertThat(written).containsExactly(new TripEvents.SearchVolume(job.instanceId(), T0, T0.plusSeconds(60), 4));
    }

    /**
     * Members keep searching while the job takes the count: each search is in exactly one report. The searching threads
     * go on until several reports were taken while they searched, so the takes really race the increments.
     */
    @Test
    void searchesAnsweredWhileTheJobRunsAreNeverLostNorCountedTwice() throws Exception {
        int threads = 4;
        int reportsWhileSearching = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch jobStarted = new CountDownLatch(1);
        CountDownLatch searchersDone = new CountDownLatch(threads);
        try {
            List<Future<Long>> searchers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                searchers.add(pool.submit(() -> {
                    jobStarted.await();
                    long mine = 0;
                    while (mine < 10_000 || written.size() < reportsWhileSearching) {
                        volume.answered();
                        mine++;
                    }
                    searchersDone.countDown();
                    return mine;
                }));
            }
            Thread jobThread = Thread.ofPlatform().start(() -> {
                jobStarted.countDown();
                while (searchersDone.getCount() > 0) {
                    job.publish();
                }
                job.publish();
            });
            long total = 0;
            for (Future<Long> s : searchers) {
                total += s.get(30, TimeUnit.SECONDS);
            }
            jobThread.join(Duration.ofSeconds(30));
            assertThat(jobThread.isAlive()).isFalse();

            assertThat(written.size()).isGreaterThanOrEqualTo(reportsWhileSearching);
            assertThat(written.stream().mapToLong(TripEvents.SearchVolume::searches).sum()).isEqualTo(total);
            assertThat(written).allSatisfy(r -> assertThat(r.searches()).isPositive());
        } finally {
            pool.shutdownNow();
        }
    }
}
