/** identity-service: members, sign-up and sign-in, tokens, profiles, referrals and KYC. */
package com.allocar.identity;
