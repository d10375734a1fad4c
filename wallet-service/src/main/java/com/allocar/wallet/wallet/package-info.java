/** A member's wallet and ledger history as they read it. */
package com.allocar.wallet.wallet;
