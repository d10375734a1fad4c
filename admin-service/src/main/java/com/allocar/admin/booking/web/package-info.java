/** {@code GET /admin/bookings}, {@code PATCH /admin/bookings/{id}}. */
package com.allocar.admin.booking.web;
