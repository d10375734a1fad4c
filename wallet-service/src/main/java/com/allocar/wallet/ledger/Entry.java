package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.events.AggregateRoot;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.api.WalletEvents;

/**
 * One ledger line (a row of wallet_txns), and the owner of its own moves: it is appended once (a debit only if it fits,
 * see {@link OverdraftRule}), and a pending entry settles or is cancelled once. Each move says how it changes its
 * wallet's {@link Holdings} and records the event other services hear of; nothing else of an entry ever changes.
 */
public final class Entry extends AggregateRoot {

    private final UUID id;
    private final UUID walletId;
    private final UUID userId;
    private final Direction direction;
    private final BigDecimal amount;
    private final String currency;
    private final Source source;
    private final String refType;
    private final String refId;
    private final String description;
    private EntryStatus status;
    private BigDecimal balanceAfter;
    private Instant createdAt;
    private Instant statusChangedAt;

    /** A stored entry, as read back. */
    Entry(Stored row) {
        this.id = row.id();
        this.walletId = row.walletId();
        this.userId = row.userId();
        this.direction = row.direction();
        this.amount = row.amount();
        this.currency = row.currency();
        this.source = row.source();
        this.refType = row.refType();
        this.refId = row.refId();
        this.description = row.description();
        this.status = row.status();
        this.balanceAfter = row.balanceAfter();
        this.createdAt = row.createdAt();
        this.statusChangedAt = row.statusChangedAt();
    }

    private Entry(WalletBalance wallet, NewEntry e) {
        this.id = e.entryId();
        this.walletId = wallet.walletId();
        this.userId = wallet.userId();
        this.direction = e.direction();
        this.amount = e.amount();
        this.currency = wallet.currency();
        this.source = e.source();
        this.refType = e.refType();
        this.refId = e.refId();
        this.description = e.description();
        this.status = e.status();
    }

    /** The columns of a stored entry. */
    record Stored(UUID id, UUID walletId, UUID userId, Direction direction, BigDecimal amount, String currency, Source source,
                  EntryStatus status, String refType, String refId, String description, BigDecimal balanceAfter,
                  Instant createdAt, Instant statusChangedAt) {
    }

    /**
     * Appends {@code e} to {@code wallet} (a new entry, not stored yet): refused with insufficient_funds when a debit does
     * not fit; records {@link EntryAppended}.
     *
     * @return the entry and its wallet's holdings after it
     */
    static Appended append(WalletBalance wallet, NewEntry e, boolean platformWallet) {
        OverdraftRule.check(e.direction(), e.amount(), e.source(), platformWallet, wallet.holdings());
        Holdings after = wallet.holdings().with(e.direction(), e.amount(), e.status());
        Entry entry = new Entry(wallet, e);
        entry.balanceAfter = after.balance();
        entry.statusChangedAt = e.status() == EntryStatus.SETTLED ? now() : null;
        entry.record(new EntryAppended(entry.walletId, entry.payload(after)));
        return new Appended(entry, after);
    }

    /** A new entry and what its wallet holds once it is written. */
    record Appended(Entry entry, Holdings walletAfter) {
    }

    /**
     * pending → settled: a pending credit becomes spendable, a reserved debit leaves for good; records {@link EntrySettled}.
     *
     * @return the wallet's holdings after it; empty when it was already settled (a retried settle changes nothing)
     */
    Optional<Holdings> settle(Holdings wallet) {
        return moveTo(EntryStatus.SETTLED, wallet);
    }

    /**
     * pending → cancelled: a pending credit never comes, a reserved debit goes back to available; records
     * {@link EntryCancelled}.
     *
     * @return the wallet's holdings after it; empty when it was already cancelled
     */
    Optional<Holdings> cancel(Holdings wallet) {
        return moveTo(EntryStatus.CANCELLED, wallet);
    }

    private Optional<Holdings> moveTo(EntryStatus target, Holdings wallet) {
        if (!status.moveTo(target)) {
            return Optional.empty();
        }
        Holdings after = wallet.resolving(direction, amount, target);
        status = target;
        statusChangedAt = now();
        WalletEvents.EntryWritten payload = payload(after);
        record(target == EntryStatus.SETTLED ? new EntrySettled(walletId, payload) : new EntryCancelled(walletId, payload));
        return Optional.of(after);
    }

    /** Whether {@code other} asks for the same movement (a retried write), whatever its description. */
    public boolean sameMovement(UUID otherUser, NewEntry other) {
        return userId.equals(otherUser) && direction == other.direction() && amount.compareTo(other.amount()) == 0
                && source == other.source();
    }

    /** The database keeps microseconds: the entry shows the time it is stored with. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void stored(Instant at) {
        this.createdAt = at;
    }

    private WalletEvents.EntryWritten payload(Holdings walletAfter) {
        return new WalletEvents.EntryWritten(id, walletId, userId, direction, amount, currency, source, status,
                refType, refId, walletAfter.balance(), walletAfter.available());
    }

    public UUID id() {
        return id;
    }

    public UUID walletId() {
        return walletId;
    }

    public UUID userId() {
        return userId;
    }

    public Direction direction() {
        return direction;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Source source() {
        return source;
    }

    public EntryStatus status() {
        return status;
    }

    public String refType() {
        return refType;
    }

    public String refId() {
        return refId;
    }

    public String description() {
        return description;
    }

    /** The wallet's settled balance right after this entry was written. */
    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    @Override
    public String toString() {
        return "Entry[" + id + " " + status.wire() + " " + direction.wire() + " " + amount + " " + source.wire() + "]";
    }
}
