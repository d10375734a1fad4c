/** Disputes about a booking: opened by a party, reviewed and decided by an admin. */
package com.allocar.booking.dispute;
