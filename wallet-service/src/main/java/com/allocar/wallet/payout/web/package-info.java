/** The payout eligibility internal API for payment-service. */
package com.allocar.wallet.payout.web;
