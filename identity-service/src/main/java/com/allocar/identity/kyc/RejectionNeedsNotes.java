package com.allocar.identity.kyc;

import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/** A rejected user must learn why (and what to send instead): a rejection without notes is refused. */
final class RejectionNeedsNotes {

    private RejectionNeedsNotes() {
    }

    static void check(String notes) {
        if (notes == null || notes.isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "A rejection needs notes for the user",
                    Map.of("fields", List.of(Map.of("field", "notes", "message", "required when rejecting"))));
        }
    }
}
