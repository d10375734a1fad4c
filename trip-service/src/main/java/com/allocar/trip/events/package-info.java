/** The one event writer: what the aggregates recorded becomes outbox rows and search-cache invalidations. */
package com.allocar.trip.events;
