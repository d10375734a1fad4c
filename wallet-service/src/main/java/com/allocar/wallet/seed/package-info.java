/** Demo wallets for the local profile. */
package com.allocar.wallet.seed;
