package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KycDocumentTest {

    private KycDocument pending() {
        KycDocument doc = KycDocument.submit(UUID.randomUUID(), UUID.randomUUID(), DocType.CNI, "CI-1",
                new KycDocument.Images("front", "back"));
        doc.clearRecordedEvents();
        return doc;
    }

    @Test
    void submittingRecordsKycSubmitted() {
        UUID id = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        KycDocument doc = KycDocument.submit(id, user, DocType.PASSPORT, "P-1", new KycDocument.Images("front", null));
        assertThat(doc.getStatus()).isEqualTo(KycStatus.PENDING);
        assertThat(doc.getBackUrl()).isNull();
        assertThat(doc.recordedEvents()).singleElement().isInstanceOfSatisfying(KycDocumentSubmitted.class, e -> {
            assertThat(e.type()).isEqualTo(IdentityEventType.KYC_SUBMITTED);
            assertThat(e.aggregateId()).isEqualTo(id);
            assertThat(e.event().documentId()).isEqualTo(id);
            assertThat(e.event().userId()).isEqualTo(user);
            assertThat(e.event().docType()).isEqualTo("passport");
            assertThat(e.event().submittedAt()).isEqualTo(doc.getCreatedAt());
        });
    }

    @Test
    void pendingCanBeApprovedOnceWithReviewerAndTime() {
        KycDocument doc = pending();
        UUID reviewer = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        doc.approve(null, reviewer, now);
        assertThat(doc.getStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(doc.getReviewedBy()).isEqualTo(reviewer);
        assertThat(doc.getReviewedAt()).isEqualTo(now);
        assertThat(doc.recordedEvents()).hasSize(2);
        assertThat(doc.recordedEvents().get(0)).isInstanceOfSatisfying(KycDocumentApproved.class, e -> {
            assertThat(e.type()).isEqualTo(IdentityEventType.KYC_APPROVED);
            assertThat(e.event().status()).isEqualTo("approved");
            assertThat(e.event().docType()).isEqualTo("cni");
            assertThat(e.event().reviewedBy()).isEqualTo(reviewer);
            assertThat(e.event().reviewedAt()).isEqualTo(now);
        });
        // the staff decision is audited in the same transition: the reviewer as actor, never the document number
        assertThat(doc.recordedEvents().get(1)).isInstanceOfSatisfying(Audited.class, a -> {
            assertThat(a.type().topic()).isEqualTo("audit.entries");
            assertThat(a.entry().actorType()).isEqualTo("admin");
            assertThat(a.entry().actorId()).isEqualTo(reviewer);
            assertThat(a.entry().action()).isEqualTo("kyc.approve");
            assertThat(a.entry().entity()).isEqualTo("kyc_document");
            assertThat(a.entry().entityId()).isEqualTo(doc.getId().toString());
            assertThat(a.entry().meta()).containsEntry("user_id", doc.getUserId().toString()).doesNotContainKey("doc_number")
                    .doesNotContainValue(doc.getDocNumber());
            assertThat(a.entry().occurredAt()).isEqualTo(now);
        });
        doc.clearRecordedEvents();
        assertThatThrownBy(() -> doc.reject("late", reviewer, now))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.current()).isEqualTo("approved");
                    assertThat(e.allowed()).isEqualTo(List.of());
                    assertThat(e.getMessage()).isEqualTo("KYC document is approved and cannot become rejected");
                });
        assertThatThrownBy(() -> doc.approve(null, reviewer, now)).isInstanceOf(IllegalTransition.class);
        assertThat(doc.getStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(doc.recordedEvents()).isEmpty();
    }

    @Test
    void rejectionRequiresNotes() {
        KycDocument doc = pending();
        assertThatThrownBy(() -> doc.reject(" ", UUID.randomUUID(), Instant.now()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThat(doc.getStatus()).isEqualTo(KycStatus.PENDING);
        assertThat(doc.recordedEvents()).isEmpty();
        doc.reject("Photo floue", UUID.randomUUID(), Instant.now());
        assertThat(doc.getStatus()).isEqualTo(KycStatus.REJECTED);
        assertThat(doc.recordedEvents()).hasSize(2);
        assertThat(doc.recordedEvents().get(0)).isInstanceOfSatisfying(KycDocumentRejected.class, e -> {
            assertThat(e.type()).isEqualTo(IdentityEventType.KYC_REJECTED);
            assertThat(e.event().status()).isEqualTo("rejected");
            assertThat(e.event().notes()).isEqualTo("Photo floue");
        });
        assertThat(doc.recordedEvents().get(1)).isInstanceOfSatisfying(Audited.class, a -> {
            assertThat(a.entry().action()).isEqualTo("kyc.reject");
            assertThat(a.entry().meta()).containsEntry("notes", "Photo floue");
        });
    }

    @Test
    void aDecidedDocumentIsRefusedBeforeItsNotesAreChecked() {
        KycDocument doc = pending();
        doc.approve(null, UUID.randomUUID(), Instant.now());
        assertThatThrownBy(() -> doc.reject(null, UUID.randomUUID(), Instant.now())).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void cannotGoBackToPending() {
        assertThatThrownBy(() -> KycStatus.LIFECYCLE.require(KycStatus.PENDING, KycStatus.PENDING))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.allowed()).isEqualTo(List.of("approved", "rejected")));
        KycDocument rejected = pending();
        rejected.reject("Photo floue", UUID.randomUUID(), Instant.now());
        assertThatThrownBy(() -> rejected.approve(null, UUID.randomUUID(), Instant.now()))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.current()).isEqualTo("rejected"));
    }

    @Test
    void onlyCardsHaveABackSide() {
        assertThat(DocType.CNI.hasBack()).isTrue();
        assertThat(DocType.PERMIS.hasBack()).isTrue();
        assertThat(DocType.PASSPORT.hasBack()).isFalse();
    }
}
