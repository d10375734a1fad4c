/** Positions on the map (WGS84) and how they are shown. */
package com.allocar.trip.geo;
