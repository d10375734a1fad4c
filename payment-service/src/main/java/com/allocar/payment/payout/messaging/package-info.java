/** Listens to wallet-service's withdrawal requests. */
package com.allocar.payment.payout.messaging;
