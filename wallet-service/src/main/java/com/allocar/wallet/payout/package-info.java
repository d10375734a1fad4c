/** Which members a scheduled payout may pay (KYC approved, available money over the threshold). */
package com.allocar.wallet.payout;
