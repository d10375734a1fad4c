package com.allocar.wallet.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.config.WalletProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of wallets and wallet_txns. Every write locks its wallet row first ({@code SELECT … FOR UPDATE}),
 * then lets the {@link Entry} make its move and stores the entry and the wallet's holdings in the same transaction: two
 * debits of one wallet are serialised, so they can never overdraw it together; and a retried entry id finds the first one.
 */
@Service
public class Ledger {

    private final WalletRepository wallets;
    private final EntryRepository entries;
    private final EarlyOutcomeRepository earlyOutcomes;
    private final WalletProperties props;

    Ledger(WalletRepository wallets, EntryRepository entries, EarlyOutcomeRepository earlyOutcomes, WalletProperties props) {
        this.wallets = wallets;
        this.entries = entries;
        this.earlyOutcomes = earlyOutcomes;
        this.props = props;
    }

    /** The outcome of a write: the entry (new, or the one already written under that id) and the wallet after it. */
    public record Written(Entry entry, WalletBalance wallet, boolean created) {
    }

    public UUID platformUserId() {
        return props.platformUserId();
    }

    /** The user's wallet, created on first use. */
    @Transactional
    public WalletBalance open(UUID userId) {
        return wallets.open(userId);
    }

    @Transactional(readOnly = true)
    public Optional<WalletBalance> find(UUID userId) {
        return wallets.find(userId);
    }

    /** Locks the wallets of {@code userIds} (created if need be) in one global order, so two multi-wallet writes never deadlock. */
    @Transactional
    public void lock(Collection<UUID> userIds) {
        userIds.stream().distinct().sorted().forEach(wallets::lock);
    }

    /**
     * Appends {@code e} to the user's ledger, exactly once per entry id: the same id again returns the stored entry
     * ({@code created=false}); the same id for another movement is a {@code conflict}.
     *
     * @throws OverdraftRule.InsufficientFunds when a debit does not fit (see {@link OverdraftRule})
     */
    @Transactional
    public Written write(UUID userId, NewEntry e) {
        WalletBalance wallet = wallets.lock(userId);
        Optional<Entry> existing = entries.find(e.entryId());
        if (existing.isPresent()) {
            if (!existing.get().sameMovement(userId, e)) {
                throw ApiException.conflict("entry_id already used for another movement", Map.of("entry_id", e.entryId().toString()));
            }
            return new Written(existing.get(), wallet, false);
        }
        Entry.Appended appended = Entry.append(wallet, e, userId.equals(props.platformUserId()));
        entries.append(appended.entry());
        WalletBalance updated = wallets.store(wallet, appended.walletAfter());
        if (appended.entry().status() == EntryStatus.PENDING) {
            // an outcome (payout.completed|failed) that overtook this entry is applied now
            Optional<EntryStatus> early = earlyOutcomes.take(e.entryId());
            if (early.isPresent()) {
                return resolve(e.entryId(), early.get());
            }
        }
        return new Written(appended.entry(), updated, true);
    }

    /** pending → settled: a pending credit becomes spendable, a reserved debit leaves for good. Idempotent. */
    @Transactional
    public Written settle(UUID entryId) {
        return resolve(entryId, EntryStatus.SETTLED);
    }

    /** pending → cancelled: a pending credit never comes, a reserved debit goes back to available. Idempotent. */
    @Transactional
    public Written cancel(UUID entryId) {
        return resolve(entryId, EntryStatus.CANCELLED);
    }

    /** Like settle/cancel for an outcome that may arrive before its entry: remembered until the entry is written. */
    @Transactional
    public Optional<Written> resolveOrRemember(UUID entryId, EntryStatus target) {
        if (entries.find(entryId).isEmpty()) {
            earlyOutcomes.remember(entryId, target);
            return Optional.empty();
        }
        return Optional.of(resolve(entryId, target));
    }

    private Written resolve(UUID entryId, EntryStatus target) {
        Entry found = entries.find(entryId).orElseThrow(() -> ApiException.notFound("wallet entry", entryId));
        WalletBalance wallet = wallets.lock(found.userId());
        Entry entry = entries.find(entryId).orElseThrow(); // re-read under the lock: a concurrent settle may have won
        Optional<Holdings> after = target == EntryStatus.SETTLED ? entry.settle(wallet.holdings()) : entry.cancel(wallet.holdings());
        if (after.isEmpty()) {
            return new Written(entry, wallet, false);
        }
        entries.save(entry);
        return new Written(entry, wallets.store(wallet, after.get()), true);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entry(UUID entryId) {
        return entries.find(entryId);
    }

    /** A user's entries about one thing (e.g. the earning of a booking). */
    @Transactional(readOnly = true)
    public List<Entry> entries(UUID userId, Source source, String refType, Object refId) {
        return entries.about(userId, source, refType, refId.toString());
    }

    /**
     * Every wallet's entries of a period (start included, end excluded; either open), oldest first, {@code limit} after
     * the entry {@code after} (null: from the start). An unknown cursor is refused: a typo would restart the export.
     */
    @Transactional(readOnly = true)
    public List<Entry> inOrder(Instant from, Instant to, UUID after, int limit) {
        if (after != null && entries.find(after).isEmpty()) {
            throw ApiException.validation("after", "no such wallet entry");
        }
        return entries.inOrder(from, to, after, limit);
    }
}
