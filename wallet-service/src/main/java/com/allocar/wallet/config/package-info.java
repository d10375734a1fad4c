/** wallet-service's settings (allocar.wallet.*). */
package com.allocar.wallet.config;
