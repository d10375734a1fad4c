/** The trips' public endpoints and booking-service's internal ones. */
package com.allocar.trip.ride.web;
