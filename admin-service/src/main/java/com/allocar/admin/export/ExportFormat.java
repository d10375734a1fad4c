package com.allocar.admin.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/** The formats a download is offered in: its media type and file extension. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param offered the formats this download has; anything else is a validation_error naming them */
    public static ExportFormat parse(String raw, List<ExportFormat> offered) {
        return offered.stream().filter(f -> f.extension().equals(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_ERROR, "Unknown export format",
                        Map.of("fields", List.of(Map.of("field", "format", "message",
                                "one of " + String.join(", ", offered.stream().map(ExportFormat::extension).toList()))))));
    }

    public static List<ExportFormat> all() {
        return Arrays.asList(values());
    }
}
