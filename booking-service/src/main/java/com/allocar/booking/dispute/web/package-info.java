/** Disputes over HTTP. */
package com.allocar.booking.dispute.web;
