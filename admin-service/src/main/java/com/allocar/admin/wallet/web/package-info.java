/** {@code GET /admin/wallet/txns/export}. */
package com.allocar.admin.wallet.web;
