package com.allocar.messaging.attachment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A chat image is a JPEG, PNG or WebP of at most 5 MiB (settings {@code allocar.messaging.storage.*}). */
public final class ImageUploadPolicy {

    private final List<String> contentTypes;
    private final long maxBytes;

    public ImageUploadPolicy(List<String> contentTypes, long maxBytes) {
        this.contentTypes = contentTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        this.maxBytes = maxBytes;
    }

    /** The first refused field and why, if any. */
    public Optional<Map.Entry<String, String>> problem(String contentType, long sizeBytes) {
        if (contentType == null || !contentTypes.contains(contentType.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Map.entry("content_type", "must be one of " + contentTypes));
        }
        if (sizeBytes < 1 || sizeBytes > maxBytes) {
            return Optional.of(Map.entry("size_bytes", "must be between 1 and " + maxBytes));
        }
        return Optional.empty();
    }

    /** The file extension of an accepted type, for the object key. */
    public static String extension(String contentType) {
        return switch (contentType.strip().toLowerCase(Locale.ROOT)) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "bin";
        };
    }

    public List<String> contentTypes() {
        return contentTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
