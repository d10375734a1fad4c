/** Internal HTTP API to trigger a payout run. */
package com.allocar.payment.payout.web;
