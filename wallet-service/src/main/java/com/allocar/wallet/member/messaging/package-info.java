/** identity's events (users, referrals, KYC) into the member read models. */
package com.allocar.wallet.member.messaging;
