/** Payments and payouts for finance: payment-service's staff list and the payout batch run by hand. */
package com.allocar.admin.payment;
