/** A trip's intermediate stops and the rules of their order. */
package com.allocar.trip.stop;
