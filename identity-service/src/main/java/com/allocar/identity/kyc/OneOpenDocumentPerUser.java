package com.allocar.identity.kyc;

import java.util.Map;
import java.util.Optional;

import com.allocar.platform.api.ApiException;

/**
 * A user has at most one document under review or approved: a new one may be submitted only after a rejection (or if
 * there is none yet). Refused with 409 conflict {current}.
 */
final class OneOpenDocumentPerUser {

    private OneOpenDocumentPerUser() {
    }

    /** @param latest the user's latest document, if any */
    static void check(boolean hasOpenDocument, Optional<KycDocument> latest) {
        if (hasOpenDocument) {
            KycStatus current = latest.map(KycDocument::getStatus).orElse(KycStatus.PENDING);
            throw ApiException.conflict("A KYC document is already " + current.wire(), Map.of("current", current.wire()));
        }
    }
}
