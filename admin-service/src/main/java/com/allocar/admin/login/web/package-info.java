/** {@code POST /api/v1/admin/login}. */
package com.allocar.admin.login.web;
