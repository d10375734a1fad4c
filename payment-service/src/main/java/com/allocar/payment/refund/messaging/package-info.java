/** Listens to booking-service's refund requests. */
package com.allocar.payment.refund.messaging;
