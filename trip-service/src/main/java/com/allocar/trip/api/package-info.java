/** What crosses trip-service's boundary: published event types and payloads, internal API bodies, release reasons. */
package com.allocar.trip.api;
