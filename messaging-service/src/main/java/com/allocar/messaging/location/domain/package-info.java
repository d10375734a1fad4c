/** The location rules, plain Java: a position's WGS84 checks, one kept per 2 s, the tracking window around the ride. */
package com.allocar.messaging.location.domain;
