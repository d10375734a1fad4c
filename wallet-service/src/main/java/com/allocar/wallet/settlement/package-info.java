/** The ledger side of the other services' money events: one use case per event. */
package com.allocar.wallet.settlement;
