/** Trips as staff moderate them: trip-service's staff list and its staff cancellation (holds released, passengers refunded). */
package com.allocar.admin.trip;
