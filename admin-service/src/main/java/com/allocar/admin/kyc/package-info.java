/** KYC review: identity's pending documents, approved or rejected by a compliance officer through identity's internal API. */
package com.allocar.admin.kyc;
