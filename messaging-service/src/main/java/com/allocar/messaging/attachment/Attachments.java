package com.allocar.messaging.attachment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import com.allocar.messaging.config.MessagingProperties;
import com.allocar.messaging.conversation.Conversations;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;

/**
 * Upload slots for chat images: a party of a writable chat asks for one (type and size checked), gets a presigned PUT
 * for a fresh key of that booking; posting the image later names the key, which must be theirs, for that booking,
 * and uploaded.
 */
@Service
public class Attachments {

    /** What a member gets: the key to post, and the signed upload. */
    public record Upload(UUID attachmentId, String objectKey, ChatStorage.SignedUrl upload) {
    }

    private final Conversations conversations;
    private final AttachmentRepository attachments;
    private final ChatStorage storage;
    private final ImageUploadPolicy policy;

    Attachments(Conversations conversations, AttachmentRepository attachments, ChatStorage storage, MessagingProperties props) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.storage = storage;
        this.policy = new ImageUploadPolicy(props.storage().contentTypes(), props.storage().maxBytes());
    }

    public Upload requestUpload(UUID bookingId, UUID member, String contentType, long sizeBytes) {
        conversations.writableForParty(bookingId, member);
        policy.problem(contentType, sizeBytes).ifPresent(p -> {
            throw ApiException.validation(p.getKey(), p.getValue());
        });
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        UUID id = UUID.randomUUID();
        String key = "bookings/" + bookingId + "/" + id + "." + ImageUploadPolicy.extension(type);
        var signed = storage.uploadUrl(key, type, sizeBytes);
        attachments.save(new Attachment(id, bookingId, member, key, type, sizeBytes, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        return new Upload(id, key, signed);
    }

    /**
     * The key a sender names in an image message, if it is an upload slot this sender got for this booking and the
     * image was uploaded; otherwise 400 {@code validation_error} on {@code content} (a never-issued key, another
     * booking's or another member's, or nothing uploaded yet).
     */
    public Attachment requireUploaded(String objectKey, UUID bookingId, UUID sender) {
        Attachment a = attachments.byKey(objectKey == null ? "" : objectKey.strip())
                .filter(x -> x.bookingId().equals(bookingId) && x.uploaderId().equals(sender))
                .orElseThrow(() -> ApiException.validation("content",
                        "must be an object key obtained from POST /bookings/" + bookingId + "/messages/attachments"));
        if (!storage.exists(a.objectKey())) {
            throw ApiException.validation("content", "the image has not been uploaded yet");
        }
        return a;
    }

    public ChatStorage.SignedUrl viewUrl(String objectKey) {
        return storage.viewUrl(objectKey);
    }
}
