package com.allocar.wallet.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only view of a ledger line for the paginated, filtered history; the ledger writes through JDBC only. */
@Entity
@Immutable
@Table(name = "wallet_txns")
public class WalletTxn {

    @Id
    private UUID id;
    private UUID walletId;
    @Column(name = "type")
    @Convert(converter = DirectionColumn.class)
    private Direction direction;
    private BigDecimal amount;
    private String currency;
    @Convert(converter = SourceColumn.class)
    private Source source;
    @Convert(converter = StatusColumn.class)
    private EntryStatus status;
    private String refType;
    private String refId;
    private String description;
    private BigDecimal balanceAfter;
    private Instant createdAt;
    private Instant statusChangedAt;

    protected WalletTxn() {
    }

    public UUID getId() { return id; }
    public UUID getWalletId() { return walletId; }
    public Direction getDirection() { return direction; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public Source getSource() { return source; }
    public EntryStatus getStatus() { return status; }
    public String getRefType() { return refType; }
    public String getRefId() { return refId; }
    public String getDescription() { return description; }
    public BigDecimal getBalanceAfter() { return balanceAfter; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }

    /** Lower-case wire values in the table (same as the API), enum constants in Java. */
    @Converter
    static class DirectionColumn implements AttributeConverter<Direction, String> {
        public String convertToDatabaseColumn(Direction d) { return d == null ? null : d.wire(); }
        public Direction convertToEntityAttribute(String s) { return s == null ? null : Direction.fromWire(s); }
    }

    @Converter
    static class SourceColumn implements AttributeConverter<Source, String> {
        public String convertToDatabaseColumn(Source d) { return d == null ? null : d.wire(); }
        public Source convertToEntityAttribute(String s) { return s == null ? null : Source.fromWire(s); }
    }

    @Converter
    static class StatusColumn implements AttributeConverter<EntryStatus, String> {
        public String convertToDatabaseColumn(EntryStatus d) { return d == null ? null : d.wire(); }
        public EntryStatus convertToEntityAttribute(String s) { return s == null ? null : EntryStatus.fromWire(s); }
    }
}
