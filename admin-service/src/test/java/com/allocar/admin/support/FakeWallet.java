package com.allocar.admin.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.allocar.platform.security.service.FleetService;
import com.sun.net.httpserver.HttpExchange;

/**
 * A local HTTP server standing in for wallet-service's ledger feed {@code GET /internal/wallet-txns}, behaving like the
 * real one: entries oldest first, {@code limit} (1..1000) after the entry {@code after} (an unknown one → 400
 * {@code validation_error}), within {@code created_from} (included) / {@code created_to} (excluded). Counts the pages
 * it served.
 */
public final class FakeWallet extends FakePeer {

    private static FakeWallet instance;

    private final List<Map<String, Object>> entries = new CopyOnWriteArrayList<>();
    public final AtomicInteger pagesServed = new AtomicInteger();

    private FakeWallet() {
        super(FleetService.WALLET);
        server.createContext("/internal/wallet-txns", this::txns);
        server.start();
    }

    public static synchronized FakeWallet get() {
        if (instance == null) {
            instance = new FakeWallet();
        }
        return instance;
    }

    public void clear() {
        entries.clear();
        pagesServed.set(0);
        failWith = null;
    }

    /** An entry written now (each one later than the one before). */
    public UUID entry(UUID user, String direction, String amount, String source, String status, String description) {
        UUID id = UUID.randomUUID();
        Instant at = entries.isEmpty() ? Instant.now() : Instant.parse((String) entries.getLast().get("created_at")).plusMillis(1);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("entry_id", id.toString());
        e.put("wallet_id", UUID.nameUUIDFromBytes(user.toString().getBytes()).toString());
        e.put("user_id", user.toString());
        e.put("direction", direction);
        e.put("amount", new BigDecimal(amount));
        e.put("currency", "XOF");
        e.put("source", source);
        e.put("status", status);
        e.put("ref_type", "booking");
        e.put("ref_id", UUID.randomUUID().toString());
        e.put("description", description);
        e.put("balance_after", BigDecimal.ZERO);
        e.put("created_at", at.toString());
        e.put("status_changed_at", null);
        entries.add(e);
        return id;
    }

    private void txns(HttpExchange ex) throws IOException {
        try (ex) {
            if (refused(ex)) {
                return;
            }
            Map<String, String> q = query(ex);
            int limit = Integer.parseInt(q.getOrDefault("limit", "500"));
            if (limit < 1 || limit > 1000) {
                answer(ex, 400, error("validation_error", "Invalid query parameters", Map.of("fields", List.of(Map.of("field", "limit")))));
                return;
            }
            Instant from = q.containsKey("created_from") ? Instant.parse(q.get("created_from")) : Instant.MIN;
            Instant to = q.containsKey("created_to") ? Instant.parse(q.get("created_to")) : Instant.MAX;
            int start = 0;
            if (q.containsKey("after")) {
                start = -1;
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).get("entry_id").equals(q.get("after"))) {
                        start = i + 1;
                    }
                }
                if (start < 0) {
                    answer(ex, 400, error("validation_error", "Invalid query parameters", Map.of("fields", List.of(Map.of("field", "after")))));
                    return;
                }
            }
            List<Map<String, Object>> page = new ArrayList<>();
            for (int i = start; i < entries.size() && page.size() < limit; i++) {
                Instant at = Instant.parse((String) entries.get(i).get("created_at"));
                if (!at.isBefore(from) && at.isBefore(to)) {
                    page.add(entries.get(i));
                }
            }
            pagesServed.incrementAndGet();
            answer(ex, 200, data(page));
        }
    }
}
