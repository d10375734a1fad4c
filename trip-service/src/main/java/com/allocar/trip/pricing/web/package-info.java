/** admin-service's internal endpoints for price bands. */
package com.allocar.trip.pricing.web;
