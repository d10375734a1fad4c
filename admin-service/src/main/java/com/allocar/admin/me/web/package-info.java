/** {@code GET /api/v1/admin/me}. */
package com.allocar.admin.me.web;
