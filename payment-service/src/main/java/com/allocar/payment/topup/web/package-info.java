/** Internal HTTP API for wallet-service's top-ups. */
package com.allocar.payment.topup.web;
