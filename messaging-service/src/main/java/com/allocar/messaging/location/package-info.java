/**
 * The driver's live location: positions sent by a trip's driver (checked, throttled, only around the ride), kept 30
 * days, fanned out to the passengers with a paid booking on the trip; the last one on demand.
 */
package com.allocar.messaging.location;
