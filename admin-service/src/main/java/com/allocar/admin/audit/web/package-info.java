/** {@code GET /api/v1/admin/audit-logs}. */
package com.allocar.admin.audit.web;
