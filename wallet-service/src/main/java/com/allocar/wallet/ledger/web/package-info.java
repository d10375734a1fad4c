/** The ledger's internal API for payment-service (entries, settle, cancel, balances). */
package com.allocar.wallet.ledger.web;
