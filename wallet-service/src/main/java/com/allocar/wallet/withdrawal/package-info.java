/** Withdrawals: rules, the reserving payout debit and the request to payment-service. */
package com.allocar.wallet.withdrawal;
