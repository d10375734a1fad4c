/** Referral bonuses, paid when the referee's first ride completes. */
package com.allocar.wallet.referral;
