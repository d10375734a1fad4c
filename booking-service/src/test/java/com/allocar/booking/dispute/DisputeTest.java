package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.allocar.booking.api.BookingInternalApi.DisputeReviewStatus;
import com.allocar.booking.dispute.DisputeEvent.DisputeReviewed;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A staff review of a dispute, move by move: what it takes, what it refuses, and what it records beside each change. */
class DisputeTest {

    private static final Instant OPENED = Instant.parse("2026-12-24T08:10:00Z");
    private static final Instant NOW = Instant.parse("2026-12-26T09:30:00Z");
    private final UUID passenger = UUID.randomUUID();
    private final UUID staff = UUID.randomUUID();

    private Dispute in(DisputeStatus status) {
        Dispute d = Dispute.open(UUID.randomUUID(), passenger, DisputeCategory.DRIVER_BEHAVIOUR, "Parti sans moi", OPENED);
        switch (status) {
            case OPEN -> { }
            case IN_REVIEW -> d.review(DisputeStatus.IN_REVIEW, null, staff, OPENED);
            default -> d.review(status, "Décidé", staff, OPENED);
        }
        d.clearRecordedEvents();
        return d;
    }

    private static DisputeReviewed reviewed(List<DomainEvent> events) {
        return (DisputeReviewed) events.getFirst();
    }

    private static AuditEntry audited(List<DomainEvent> events) {
        return ((Audited) events.getLast()).entry();
    }

    @Test
    void inReviewIsRecordedForThePartiesAndAuditedAsTheStaffMembers() {
        Dispute d = in(DisputeStatus.OPEN);
        d.review(DisputeStatus.IN_REVIEW, null, staff, NOW);

        assertThat(d.getStatus()).isEqualTo(DisputeStatus.IN_REVIEW);
        assertThat(d.getResolvedBy()).isNull();
        assertThat(d.getUpdatedAt()).isEqualTo(NOW);
        List<DomainEvent> events = d.recordedEvents();
        assertThat(events).hasSize(2);
        DisputeReviewed r = reviewed(events);
        assertThat(r.from() + ">" + r.to()).isEqualTo("OPEN>IN_REVIEW");
        assertThat(r.staffId()).isEqualTo(staff);
        assertThat(r.resolution()).isNull();
        AuditEntry a = audited(events);
        assertThat(a.actorType()).isEqualTo("admin");
        assertThat(a.actorId()).isEqualTo(staff);
        assertThat(a.action()).isEqualTo("dispute.review");
        assertThat(a.entity()).isEqualTo("dispute");
        assertThat(a.entityId()).isEqualTo(d.getId().toString());
        assertThat(a.meta()).containsEntry("previous_status", "open").containsEntry("status", "in_review")
                .containsEntry("booking_id", d.getBookingId().toString()).doesNotContainKey("resolution");
        assertThat(a.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void decidingTakesAResolutionAndNamesWhoDecided() {
        Dispute d = in(DisputeStatus.IN_REVIEW);
        d.review(DisputeStatus.RESOLVED, "Conducteur averti", staff, NOW);

        assertThat(d.getStatus()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(d.getResolution()).isEqualTo("Conducteur averti");
        assertThat(d.getResolvedBy()).isEqualTo(staff);
        assertThat(d.getResolvedAt()).isEqualTo(NOW);
        assertThat(reviewed(d.recordedEvents()).resolution()).isEqualTo("Conducteur averti");
        assertThat(audited(d.recordedEvents()).meta()).containsEntry("previous_status", "in_review").containsEntry("status", "resolved")
                .containsEntry("resolution", "Conducteur averti");
    }

    @Test
    void anOpenDisputeMayBeRejectedAtOnce() {
        Dispute d = in(DisputeStatus.OPEN);
        d.review(DisputeStatus.REJECTED, "Hors délai", staff, NOW);
        assertThat(d.getStatus()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(reviewed(d.recordedEvents()).from()).isEqualTo(DisputeStatus.OPEN);
    }

    @Test
    void decidingWithoutAResolutionIsRefusedAndChangesNothing() {
        for (DisputeStatus decided : List.of(DisputeStatus.RESOLVED, DisputeStatus.REJECTED)) {
            Dispute d = in(DisputeStatus.IN_REVIEW);
            assertThatThrownBy(() -> d.review(decided, null, staff, NOW)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                assertThat(e.details().toString()).contains("resolution");
            });
            assertThat(d.getStatus()).isEqualTo(DisputeStatus.IN_REVIEW);
            assertThat(d.getResolvedBy()).isNull();
            assertThat(d.recordedEvents()).isEmpty();
        }
    }

    @Test
    void aResolutionWrittenDuringTheReviewIsTheOneDecidedWith() {
        Dispute d = in(DisputeStatus.OPEN);
        d.review(DisputeStatus.IN_REVIEW, "Remboursement partiel proposé", staff, NOW);
        d.clearRecordedEvents();
        d.review(DisputeStatus.RESOLVED, null, staff, NOW);
        assertThat(d.getResolution()).isEqualTo("Remboursement partiel proposé");
        assertThat(reviewed(d.recordedEvents()).resolution()).isEqualTo("Remboursement partiel proposé");
    }

    /** Every move a review may ask for, from every state: taken, or refused naming the state and what it may become. */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN, IN_REVIEW, moves", "OPEN, RESOLVED, moves", "OPEN, REJECTED, moves",
            "IN_REVIEW, IN_REVIEW, nothing", "IN_REVIEW, RESOLVED, moves", "IN_REVIEW, REJECTED, moves",
            "RESOLVED, IN_REVIEW, refused", "RESOLVED, RESOLVED, nothing", "RESOLVED, REJECTED, refused",
            "REJECTED, IN_REVIEW, refused", "REJECTED, RESOLVED, refused", "REJECTED, REJECTED, nothing"})
    void everyMoveFromEveryState(DisputeStatus from, DisputeStatus target, String expected) {
        Dispute d = in(from);
        String resolution = d.getResolution();
        switch (expected) {
            case "moves" -> {
                d.review(target, "Décision", staff, NOW);
                assertThat(d.getStatus()).isEqualTo(target);
                assertThat(d.recordedEvents()).hasSize(2);
            }
            case "nothing" -> {
                d.review(target, resolution, staff, NOW);
                assertThat(d.getStatus()).isEqualTo(from);
                assertThat(d.recordedEvents()).as("the same review again records nothing").isEmpty();
            }
            default -> {
                assertThatThrownBy(() -> d.review(target, "Décision", staff, NOW)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.current()).isEqualTo(from.wire());
                    assertThat(e.allowed()).isEmpty();
                });
                assertThat(d.getStatus()).isEqualTo(from);
                assertThat(d.recordedEvents()).isEmpty();
            }
        }
    }

    @Test
    void aDecidedDisputesResolutionMayBeCorrectedWhichTellsNoOneButIsAudited() {
        Dispute d = in(DisputeStatus.RESOLVED);
        UUID other = UUID.randomUUID();
        d.review(DisputeStatus.RESOLVED, "Décidé, 2 000 FCFA remboursés", other, NOW);
        assertThat(d.getResolution()).isEqualTo("Décidé, 2 000 FCFA remboursés");
        assertThat(d.getResolvedBy()).isEqualTo(other);
        DisputeReviewed r = reviewed(d.recordedEvents());
        assertThat(r.from()).isEqualTo(r.to()); // notification-service tells only a move
        assertThat(audited(d.recordedEvents()).actorId()).isEqualTo(other);
    }

    @Test
    void everyStatusStaffMayAskForIsADisputeStatusOtherThanOpen() {
        assertThat(Arrays.stream(DisputeReviewStatus.values()).map(s -> DisputeStatus.valueOf(s.name())))
                .containsExactly(DisputeStatus.IN_REVIEW, DisputeStatus.RESOLVED, DisputeStatus.REJECTED);
    }
}
