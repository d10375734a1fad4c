/** {@code GET /admin/disputes}, {@code GET /admin/disputes/{id}}, {@code PATCH /admin/disputes/{id}}. */
package com.allocar.admin.dispute.web;
