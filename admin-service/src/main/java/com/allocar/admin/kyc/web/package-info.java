/** {@code /api/v1/admin/kyc}: the pending queue and the decisions. */
package com.allocar.admin.kyc.web;
