/** payment-service's and booking-service's events into the settlement use cases, once each. */
package com.allocar.wallet.settlement.messaging;
