/** Trips: the aggregate, its lifecycle and events, and the use cases from offering a trip to completing it. */
package com.allocar.trip.ride;
