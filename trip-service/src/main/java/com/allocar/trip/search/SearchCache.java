package com.allocar.trip.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.allocar.trip.config.TripProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Search answers in Redis for a short while ({@code allocar.trip.search.cache-ttl}), so popular searches
 * ("Abidjan → Yamoussoukro tomorrow") cost one Redis read.
 * <p>
 * Invalidation is by generation: every key embeds the current generation of its departure day
 * ({@code trip:search:gen:<day>}); a change to a trip departing that day increments it (after commit), so
 * every older answer for the day becomes unreachable at once and simply expires. A search that was computing
 * while the change committed stores its answer under the old generation, where nobody will read it — the race a
 * "delete the keys of the day" scheme has. Searches without a date use the day {@code any}, bumped by every change.
 * <p>
 * Redis being slow or away never fails a search: the cache is skipped (fail open).
 */
@Component
public class SearchCache {

    private static final Logger log = LoggerFactory.getLogger(SearchCache.class);
    static final String PREFIX = "trip:search:";
    private static final String ANY_DAY = "any";
    private static final Duration GENERATION_TTL = Duration.ofDays(400);

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final boolean enabled;
    private final ZoneId zone;

    SearchCache(StringRedisTemplate redis, TripProperties props) {
        this.redis = redis;
        this.ttl = props.search().cacheTtl();
        this.enabled = props.search().cacheEnabled();
        this.zone = props.zone();
    }

    /** The key under which {@code query}'s answer lives now; empty when the cache is off or unreachable. */
    public Optional<String> keyFor(SearchQuery query) {
        if (!enabled) {
            return Optional.empty();
        }
        String day = query.date() == null ? ANY_DAY : query.date().toString();
        try {
            String generation = redis.opsForValue().get(generationKey(day));
            return Optional.of(PREFIX + day + ":" + (generation == null ? "0" : generation) + ":" + sha256(query.canonical()));
        } catch (RuntimeException e) {
            log.warn("search cache unavailable, searching without it: {}", e.toString());
            return Optional.empty();
        }
    }

    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(key));
        } catch (RuntimeException e) {
            log.warn("search cache read failed: {}", e.toString());
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        try {
            redis.opsForValue().set(key, value, ttl);
        } catch (RuntimeException e) {
            log.warn("search cache write failed: {}", e.toString());
        }
    }

    /** After the change committed (or at once outside a transaction): forget the answers of the days concerned. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TripsChanged change) {
        if (!enabled || change.departures().isEmpty()) {
            return;
        }
        Set<String> days = new LinkedHashSet<>();
        change.departures().forEach(at -> days.add(LocalDate.ofInstant(at, zone).toString()));
        days.add(ANY_DAY);
        try {
            for (String day : days) {
                String key = generationKey(day);
                redis.opsForValue().increment(key);
                redis.expire(key, GENERATION_TTL);
            }
        } catch (RuntimeException e) {
            log.warn("search cache invalidation failed for {} (answers may be stale for up to {}): {}", days, ttl, e.toString());
        }
    }

    static String generationKey(String day) {
        return PREFIX + "gen:" + day;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
