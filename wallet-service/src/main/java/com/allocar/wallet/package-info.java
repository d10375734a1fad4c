/** wallet-service: wallets, the append-only ledger, topups, withdrawals and payouts (ADR 006). */
package com.allocar.wallet;
