/** {@code GET /admin/trips}, {@code PATCH /admin/trips/{id}}. */
package com.allocar.admin.trip.web;
