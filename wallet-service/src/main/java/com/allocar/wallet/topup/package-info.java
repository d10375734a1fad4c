/** Topups: payment-service starts the provider checkout; the credit comes with payment.succeeded. */
package com.allocar.wallet.topup;
