/** The cancellation and refund rules: plain Java, exactly one rule per case. */
package com.allocar.booking.cancellation.domain;
