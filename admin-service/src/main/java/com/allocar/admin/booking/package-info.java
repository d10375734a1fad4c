/** Bookings as staff arbitrate them: booking-service's staff list and its arbitration (cancel with a refund, no-show, completed). */
package com.allocar.admin.booking;
