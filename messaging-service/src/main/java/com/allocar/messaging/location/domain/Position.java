package com.allocar.messaging.location.domain;

import java.time.Instant;

/**
 * A position as the driver sends it (WGS84).
 *
 * @param heading  degrees clockwise from north, 0..360, optional
 * @param speedKmh 0..250, optional
 * @param at       when the device took it
 */
public record Position(double lat, double lon, Double heading, Double speedKmh, Instant at) {
}
