/** {@code GET/POST/PATCH /admin/promos}. */
package com.allocar.admin.promo.web;
