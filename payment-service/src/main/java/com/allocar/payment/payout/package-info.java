/** Driver payouts and withdrawals: the payout aggregate, its lifecycle and the disbursement through the providers. */
package com.allocar.payment.payout;
