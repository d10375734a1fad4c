package com.allocar.identity.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "referrals")
public class Referral {

    public enum Status { PENDING, REWARDED, CANCELLED }

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
    private UUID id;
    private UUID referrerId;
    private UUID refereeId;
    private BigDecimal bonusReferrer;
    private BigDecimal bonusReferee;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private Instant createdAt = Instant.now();

    protected Referral() {
    }

    Referral(UUID referrerId, UUID refereeId, BigDecimal bonusReferrer, BigDecimal bonusReferee) {
        this.referrerId = referrerId;
        this.refereeId = refereeId;
        this.bonusReferrer = bonusReferrer;
        this.bonusReferee = bonusReferee;
    }

    public UUID getId() { return id; }
    public UUID getReferrerId() { return referrerId; }
    public UUID getRefereeId() { return refereeId; }
    public BigDecimal getBonusReferrer() { return bonusReferrer; }
    public BigDecimal getBonusReferee() { return bonusReferee; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
