/** trip-service: drivers offer trips, passengers find them, booking-service holds their seats. */
package com.allocar.trip;
