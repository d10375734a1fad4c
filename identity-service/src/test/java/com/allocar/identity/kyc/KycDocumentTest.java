package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KycDocumentTest {

    private KycDocument pending() {
        return new KycDocument(UUID.randomUUID(), UUID.randomUUID(), DocType.CNI, "CI-1", "front", "back");
    }

    @Test
    void pendingCanBeApprovedOnceWithReviewerAndTime() {
        KycDocument doc = pending();
        UUID reviewer = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        doc.review(KycStatus.APPROVED, null, reviewer, now);
        assertThat(doc.getStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(doc.getReviewedBy()).isEqualTo(reviewer);
        assertThat(doc.getReviewedAt()).isEqualTo(now);
        assertThatThrownBy(() -> doc.review(KycStatus.REJECTED, "late", reviewer, now))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.details()).containsEntry("current", "approved");
                    assertThat(e.details()).containsEntry("allowed", java.util.List.of());
                });
    }

    @Test
    void rejectionRequiresNotes() {
        KycDocument doc = pending();
        assertThatThrownBy(() -> doc.review(KycStatus.REJECTED, " ", UUID.randomUUID(), Instant.now()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThat(doc.getStatus()).isEqualTo(KycStatus.PENDING);
        doc.review(KycStatus.REJECTED, "Photo floue", UUID.randomUUID(), Instant.now());
        assertThat(doc.getStatus()).isEqualTo(KycStatus.REJECTED);
    }

    @Test
    void cannotGoBackToPending() {
        KycDocument doc = pending();
        assertThatThrownBy(() -> doc.review(KycStatus.PENDING, null, UUID.randomUUID(), Instant.now()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().get("allowed"))
                        .isEqualTo(java.util.List.of("approved", "rejected")));
    }

    @Test
    void onlyCardsHaveABackSide() {
        assertThat(DocType.CNI.hasBack()).isTrue();
        assertThat(DocType.PERMIS.hasBack()).isTrue();
        assertThat(DocType.PASSPORT.hasBack()).isFalse();
    }
}
