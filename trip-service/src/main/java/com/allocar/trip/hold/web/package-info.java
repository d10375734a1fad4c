/** booking-service's internal endpoints for seat holds. */
package com.allocar.trip.hold.web;
