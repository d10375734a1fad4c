/** The vehicles' public endpoints. */
package com.allocar.trip.vehicle.web;
