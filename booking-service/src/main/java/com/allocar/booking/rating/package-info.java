/** Ratings between a completed booking's parties, and the rated member's new average. */
package com.allocar.booking.rating;
