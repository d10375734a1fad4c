/** Disputes over HTTP: the parties' public API, and the staff API admin-service calls. */
package com.allocar.booking.dispute.web;
