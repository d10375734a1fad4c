/** POST /wallet/topup. */
package com.allocar.wallet.topup.web;
