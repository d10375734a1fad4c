package com.allocar.messaging.attachment;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code attachments} table: every object key this service signed an upload for. */
@Repository
class AttachmentRepository {

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Attachment a) {
        jdbc.sql("""
                INSERT INTO attachments (id, booking_id, uploader_id, object_key, content_type, size_bytes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.bookingId(), a.uploaderId(), a.objectKey(), a.contentType(), a.sizeBytes(), Timestamp.from(a.createdAt()))
                .update();
    }

    Optional<Attachment> byKey(String objectKey) {
        return jdbc.sql("SELECT * FROM attachments WHERE object_key = ?").param(objectKey)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
                        rs.getObject("uploader_id", UUID.class), rs.getString("object_key"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
