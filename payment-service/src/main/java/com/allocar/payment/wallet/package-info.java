/** What payment asks of wallet-service: ledger entries and payout eligibility, through its Feign client. */
package com.allocar.payment.wallet;
