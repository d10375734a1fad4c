/** {@code GET / PATCH /api/v1/admin/settings}. */
package com.allocar.admin.settings.web;
