/** {@code GET /admin/settings/price-bands}, {@code PUT /admin/settings/price-bands/{id}}. */
package com.allocar.admin.pricing.web;
