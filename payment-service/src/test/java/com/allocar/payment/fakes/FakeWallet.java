package com.allocar.payment.fakes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.allocar.devstack.providers.FakeServer;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;
import tools.jackson.databind.JsonNode;

/**
 * wallet-service's internal ledger API as ADR 006 describes it: entries exactly-once on entry_id (201 then 200),
 * debits above the balance → 402 insufficient_funds {available, requested}.
 */
public final class FakeWallet extends FakeServer {

    private final Map<UUID, BigDecimal> balances = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> entries = new ConcurrentHashMap<>();
    private final Map<String, String> entryStatus = new ConcurrentHashMap<>();
    private final Map<UUID, String> payoutNumbers = new ConcurrentHashMap<>();

    private FakeWallet() {
        route("POST", "/internal/wallets/([0-9a-f-]{36})/entries", r -> {
            Reply refused = refused(r);
            if (refused != null) {
                return refused;
            }
            UUID user = UUID.fromString(r.params().getFirst());
            JsonNode e = r.json();
            synchronized (this) {
                String id = e.path("entry_id").asString();
                if (entries.containsKey(id)) {
                    return Reply.json(200, Map.of("data", map("entry", entries.get(id), "balance", balance(user))));
                }
                BigDecimal amount = new BigDecimal(e.path("amount").asString());
                boolean debit = "debit".equals(e.path("direction").asString());
                BigDecimal bal = balance(user);
                if (debit && !"penalty".equals(e.path("source").asString()) && bal.compareTo(amount) < 0) {
                    return Reply.json(402, Map.of("error", map("code", "insufficient_funds", "message", "balance too low",
                            "details", map("available", bal, "requested", amount))));
                }
                balances.put(user, debit ? bal.subtract(amount) : bal.add(amount));
                entries.put(id, e);
                entryStatus.put(id, e.path("status").asString());
                return Reply.json(201, Map.of("data", map("entry", e, "balance", balance(user))));
            }
        });
        route("POST", "/internal/wallet-entries/([0-9a-f-]{36})/(settle|cancel)", r -> {
            Reply refused = refused(r);
            if (refused != null) {
                return refused;
            }
            String id = r.params().getFirst();
            if (!entries.containsKey(id)) {
                return Reply.json(404, Map.of("error", map("code", "not_found", "message", "entry", "details", Map.of())));
            }
            entryStatus.put(id, "settle".equals(r.params().get(1)) ? "settled" : "cancelled");
            return Reply.json(200, Map.of("data", map("entry_id", id, "status", entryStatus.get(id))));
        });
        route("GET", "/internal/payouts/eligible", r -> {
            Reply refused = refused(r);
            if (refused != null) {
                return refused;
            }
            BigDecimal min = new BigDecimal(r.query().getOrDefault("min_amount", "0"));
            List<Map<String, Object>> list = new ArrayList<>();
            payoutNumbers.forEach((user, msisdn) -> {
                if (balance(user).compareTo(min) >= 0) {
                    list.add(map("user_id", user.toString(), "amount", balance(user), "msisdn", msisdn, "name", "Kouassi Yao"));
                }
            });
            return Reply.json(200, Map.of("data", list));
        });
        start();
    }

    public static FakeWallet create() {
        return new FakeWallet();
    }

    public BigDecimal balance(UUID user) {
        return balances.getOrDefault(user, BigDecimal.ZERO);
    }

    public void fund(UUID user, long amount) {
        balances.merge(user, BigDecimal.valueOf(amount), BigDecimal::add);
    }

    public JsonNode entry(UUID entryId) {
        return entries.get(entryId.toString());
    }

    public String entryStatus(UUID entryId) {
        return entryStatus.get(entryId.toString());
    }

    /** A driver with a withdrawable balance and a payout number. */
    public void driver(UUID user, long withdrawable, String msisdn) {
        fund(user, withdrawable);
        payoutNumbers.put(user, msisdn);
    }

    public void forgetDrivers() {
        payoutNumbers.clear();
    }

    /** wallet-service's guard: payment-service's token for wallet-service, else 401/403 like the real one. */
    private static Reply refused(Request r) {
        Integer status = TestServiceKeys.refusal(r.header(ServiceTokens.HEADER), FleetService.WALLET, FleetService.PAYMENT);
        return status == null ? null : Reply.json(status, Map.of("error", map("code", status == 401 ? "auth_required" : "forbidden",
                "message", "service token refused", "details", Map.of())));
    }
}
