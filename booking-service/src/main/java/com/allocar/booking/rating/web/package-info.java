/** Ratings over HTTP. */
package com.allocar.booking.rating.web;
