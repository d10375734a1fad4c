/** Executes booking-service's refund decisions, exactly once per refund id. */
package com.allocar.payment.refund;
