package com.allocar.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them sent. Woken right after
 * each commit (so an event leaves within milliseconds), with polling as the fallback. A PostgreSQL
 * advisory lock (per schema) makes one instance of the service relay at a time, which keeps per-aggregate order.
 * At-least-once: a crash between send and mark re-sends; consumers dedupe with their inbox.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock space of the relays ("allo"); the second key is the service's schema, so services sharing one
     *  database never wait for each other's relay — only instances of the same service do. */
    private static final int LOCK_SPACE = 0x616c6c6f;
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final long pollMillis;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka, long pollMillis) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.pollMillis = pollMillis;
    }

    public void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Publishes everything pending now; returns how many rows were sent. Also used by tests. */
    public int relayPending() {
        Integer sent = tx.execute(status -> {
            Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(current_schema()))").param(LOCK_SPACE).query(Boolean.class).single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<Row> rows = jdbc.sql("""
                    SELECT id, topic, aggregate_id, type, payload::text FROM outbox
                    WHERE published_at IS NULL ORDER BY seq LIMIT ?""")
                    .param(BATCH)
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> sends = rows.stream().map(this::send).toList();
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            jdbc.sql("UPDATE outbox SET published_at = now() WHERE id IN (:ids)")
                    .param("ids", rows.stream().map(Row::id).toList()).update();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private CompletableFuture<?> send(Row row) {
        var record = new ProducerRecord<String, String>(row.topic(), row.aggregateId(), row.payload());
        record.headers().add(EventEnvelope.TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.ID_HEADER, row.id().toString().getBytes(StandardCharsets.UTF_8));
        return kafka.send(record);
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                signal.drainPermits();
                if (!running) {
                    break;
                }
                while (running && relayPending() == BATCH) {
                    // a full batch: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay failed, will retry: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Row(UUID id, String topic, String aggregateId, String type, String payload) {
    }
}
