/** Bookings over HTTP: the passengers' and drivers' routes and payment-service's internal read. */
package com.allocar.booking.reservation.web;
