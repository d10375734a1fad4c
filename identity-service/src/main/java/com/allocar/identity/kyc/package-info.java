/** Identity documents (KYC): submission, review by an admin, and the events wallet and trip rely on. */
package com.allocar.identity.kyc;
