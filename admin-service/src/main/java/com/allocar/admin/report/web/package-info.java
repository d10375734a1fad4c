/** {@code GET /admin/reports/finance}. */
package com.allocar.admin.report.web;
