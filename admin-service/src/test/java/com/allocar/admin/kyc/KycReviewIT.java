package com.allocar.admin.kyc;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A compliance officer's KYC review through identity's internal API ({@link FakeIdentity}; the real one in the e2e module). */
class KycReviewIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    private final FakeIdentity identity = FakeIdentity.get();

    @AfterEach
    void normal() {
        identity.failWith = null;
    }

    @Test
    void thePendingQueueShowsSignedImagesAndAuditsWhoSawWhichDocument() {
        UUID member = UUID.randomUUID();
        UUID doc = identity.submitted(member);
        var page = http().get("/api/v1/admin/kyc/pending?page_size=100", as("compliance"));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        var shown = java.util.stream.StreamSupport.stream(page.data().spliterator(), false).filter(d -> d.path("id").asString().equals(doc.toString())).findFirst().orElseThrow();
        assertThat(shown.path("user_id").asString()).isEqualTo(member.toString());
        assertThat(shown.path("images").path("front").path("method").asString()).isEqualTo("GET");
        assertThat(shown.path("images").path("front").path("url").asString()).contains("X-Amz-Signature");
        assertThat(page.body().path("meta").path("pagination").path("page_size").asInt()).isEqualTo(100);

        String staffId = http().get("/api/v1/admin/me", as("compliance")).data().path("id").asString();
        var viewed = jdbc.sql("SELECT actor_type, actor_id::text, meta->>'user_id' FROM audit_logs WHERE action = 'kyc.documents_viewed' AND entity_id = ?")
                .param(doc.toString()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
        assertThat(viewed).containsExactly("admin " + staffId + " " + member);
    }

    @Test
    void approvalAndRejectionNameTheStaffMemberAsReviewer() {
        UUID approved = identity.submitted(UUID.randomUUID());
        var ok = http().post("/api/v1/admin/kyc/" + approved + "/approve", Map.of(), as("compliance"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().path("status").asString()).isEqualTo("approved");
        String staffId = http().get("/api/v1/admin/me", as("compliance")).data().path("id").asString();
        assertThat(ok.data().path("reviewed_by").asString()).isEqualTo(staffId);

        UUID rejected = identity.submitted(UUID.randomUUID());
        var no = http().post("/api/v1/admin/kyc/" + rejected + "/reject", Map.of("notes", "Photo floue"), as("super"));
        assertThat(no.status()).as(no.toString()).isEqualTo(200);
        assertThat(no.data().path("notes").asString()).isEqualTo("Photo floue");
        assertThat(identity.reviews).anySatisfy(r -> {
            assertThat(r.path("decision").asString()).isEqualTo("rejected");
            assertThat(r.path("notes").asString()).isEqualTo("Photo floue");
        });

        // decided already: identity's 409 comes back as the same error
        var twice = http().post("/api/v1/admin/kyc/" + approved + "/reject", Map.of("notes", "late"), as("compliance"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("conflict");
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("approved");
    }

    @Test
    void badRequestsAndAnUnknownDocumentAreRefusedInTheEnvelope() {
        int before = identity.reviews.size();
        var noNotes = http().post("/api/v1/admin/kyc/" + identity.submitted(UUID.randomUUID()) + "/reject", Map.of("notes", " "), as("compliance"));
        assertThat(noNotes.status()).as(noNotes.toString()).isEqualTo(400);
        assertThat(noNotes.errorCode()).isEqualTo("validation_error");
        var tooLong = http().post("/api/v1/admin/kyc/" + UUID.randomUUID() + "/approve", Map.of("notes", "x".repeat(2001)), as("compliance"));
        assertThat(tooLong.status()).isEqualTo(400);
        var notAnId = http().post("/api/v1/admin/kyc/not-a-uuid/approve", Map.of(), as("compliance"));
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.errorCode()).isEqualTo("validation_error");
        var unknown = http().post("/api/v1/admin/kyc/" + UUID.randomUUID() + "/approve", Map.of(), as("compliance"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(http().get("/api/v1/admin/kyc/pending?page_size=0", as("compliance")).status()).isEqualTo(400);
        assertThat(identity.reviews).hasSize(before);
    }

    @Test
    void identityDownIsAServiceUnavailableNotA500() {
        identity.failWith = 503;
        var r = http().get("/api/v1/admin/kyc/pending", as("compliance"));
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.errorCode()).isEqualTo("service_unavailable");
    }
}
