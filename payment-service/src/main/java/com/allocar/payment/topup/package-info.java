/** Wallet top-ups asked by wallet-service. */
package com.allocar.payment.topup;
