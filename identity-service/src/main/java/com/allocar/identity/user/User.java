package com.allocar.identity.user;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;

/** A person using AlloCar, passenger and possibly driver. Signs in by phone, e-mail or a social account. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
    private UUID id;
    private String phone;
    private String email;
    private String passwordHash;
    private String firstName;
    private String lastName;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate birthdate;
    private String photoUrl;
    @Column(name = "is_driver")
    private boolean driver;
    @Column(name = "is_active")
    private boolean active = true;
    @Column(name = "is_phone_verified")
    private boolean phoneVerified;
    @Column(name = "is_email_verified")
    private boolean emailVerified;
    private BigDecimal ratingAvg = BigDecimal.ZERO;
    private int ratingCount;
    private String referralCode;
    private Instant driverHeldAt;
    private String driverHoldReason;
    private int driverHoldClearedAtCount;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected User() {
    }

    public static User withPhone(String phone, String passwordHash, String referralCode) {
        User u = new User();
        u.phone = phone;
        u.passwordHash = passwordHash;
        u.referralCode = referralCode;
        return u;
    }

    public static User withEmail(String email, String passwordHash, String referralCode) {
        User u = new User();
        u.email = email;
        u.passwordHash = passwordHash;
        u.referralCode = referralCode;
        return u;
    }

    /** Someone who signed up with a provider that already verified their e-mail. */
    public static User fromSocial(String email, String firstName, String lastName, String referralCode) {
        User u = withEmail(email, null, referralCode);
        u.emailVerified = true;
        u.firstName = firstName;
        u.lastName = lastName;
        return u;
    }

    /** A verified channel is required before password sign-in. */
    public boolean isVerified() {
        return phoneVerified || emailVerified;
    }

    public void markPhoneVerified() {
        this.phoneVerified = true;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    /**
     * A provider proved this person owns the e-mail. If the account had never verified it, its
     * password may have been set by someone else squatting the address, so it is dropped.
     */
    public void confirmEmailThroughProvider() {
        if (!emailVerified && phone == null) {
            this.passwordHash = null;
        }
        this.emailVerified = true;
    }

    public void rename(String firstName, String lastName) {
        if (firstName != null) {
            this.firstName = firstName;
        }
        if (lastName != null) {
            this.lastName = lastName;
        }
    }

    public void describe(Gender gender, LocalDate birthdate) {
        if (gender != null) {
            this.gender = gender;
        }
        if (birthdate != null) {
            this.birthdate = birthdate;
        }
    }

    public void changePhoto(String photoUrl) {
        this.photoUrl = photoUrl;
    }

    public void becomeDriver() {
        this.driver = true;
    }

    /** Staff suspended the account: no sign-in, no refresh, no public profile (see {@code Suspensions}). */
    public void suspend() {
        if (!active) {
            throw ApiException.conflict("The account is suspended already", java.util.Map.of("current", "suspended"));
        }
        this.active = false;
    }

    public void reactivate() {
        if (active) {
            throw ApiException.conflict("The account is active already", java.util.Map.of("current", "active"));
        }
        this.active = true;
    }

    /** Held as a driver (no new trips) until staff release the hold; the account itself stays active. */
    public void holdAsDriver(String reason, Instant at) {
        if (driverHeldAt != null) {
            throw ApiException.conflict("The driver is held already", java.util.Map.of("current", "held"));
        }
        this.driverHeldAt = at;
        this.driverHoldReason = reason;
    }

    /** Staff release the hold; it may come back only after new ratings (counted from here). */
    public void releaseDriverHold() {
        if (driverHeldAt == null) {
            throw ApiException.conflict("The driver is not held", java.util.Map.of("current", "not_held"));
        }
        this.driverHeldAt = null;
        this.driverHoldReason = null;
        this.driverHoldClearedAtCount = ratingCount;
    }

    public boolean isDriverHeld() {
        return driverHeldAt != null;
    }

    public void recordRating(BigDecimal average, int count) {
        this.ratingAvg = average;
        this.ratingCount = count;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthdate() { return birthdate; }
    public String getPhotoUrl() { return photoUrl; }
    public boolean isDriver() { return driver; }
    public boolean isActive() { return active; }
    public boolean isPhoneVerified() { return phoneVerified; }
    public boolean isEmailVerified() { return emailVerified; }
    public BigDecimal getRatingAvg() { return ratingAvg; }
    public Instant getDriverHeldAt() { return driverHeldAt; }
    public String getDriverHoldReason() { return driverHoldReason; }
    public int getDriverHoldClearedAtCount() { return driverHoldClearedAtCount; }
    public int getRatingCount() { return ratingCount; }
    public String getReferralCode() { return referralCode; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
