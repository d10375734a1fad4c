/** The append-only ledger: entries, their moves and the wallets' holdings, written under the wallet's row lock. */
package com.allocar.wallet.ledger;
