/** {@code GET /admin/payments}, {@code POST /admin/payouts/run}. */
package com.allocar.admin.payment.web;
