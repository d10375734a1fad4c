/** Demo data for local runs (profile local). */
package com.allocar.trip.seed;
