/** trip-service's settings (allocar.trip.*). */
package com.allocar.trip.config;
