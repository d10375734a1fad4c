/** {@code /api/v1/admin/users}. */
package com.allocar.admin.user.web;
