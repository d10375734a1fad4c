/** Disputes about a booking: opened by a party, reviewed and decided by staff through admin-service. */
package com.allocar.booking.dispute;
