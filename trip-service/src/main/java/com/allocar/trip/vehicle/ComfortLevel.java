package com.allocar.trip.vehicle;

/** The spec's comfort levels; lower case on the wire. */
public enum ComfortLevel {
    BASIC, STANDARD, COMFORT
}
