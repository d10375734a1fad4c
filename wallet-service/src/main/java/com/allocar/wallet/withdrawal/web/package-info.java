/** POST /wallet/withdraw. */
package com.allocar.wallet.withdrawal.web;
