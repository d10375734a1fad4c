package com.allocar.messaging.attachment.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.attachment.Attachments;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "messages", description = "A booking's chat between its passenger and its driver")
class AttachmentController {

    record UploadRequest(@NotBlank String contentType, @NotNull Long sizeBytes) {
    }

    /** @param objectKey what to post as {@code content} of an {@code image} message once uploaded */
    record UploadView(UUID attachmentId, String objectKey, String uploadUrl, String method, Map<String, String> headers, Instant expiresAt) {
    }

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/api/v1/bookings/{id}/messages/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An upload URL for a chat image (parties only)",
            description = "content_type image/jpeg | image/png | image/webp, size_bytes ≤ 5 MiB. Answers a presigned PUT to the private chat "
                    + "bucket, signed for that type and length: send exactly the headers given. Then post an image message whose content is object_key.")
    Envelope<UploadView> upload(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody UploadRequest body) {
        var u = attachments.requestUpload(id, user.id(), body.contentType(), body.sizeBytes());
        return Envelope.of(new UploadView(u.attachmentId(), u.objectKey(), u.upload().url(), u.upload().method(), u.upload().headers(),
                u.upload().expiresAt()));
    }
}
