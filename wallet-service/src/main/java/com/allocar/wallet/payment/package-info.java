/** payment-service as wallet-service calls it: its internal top-up API, on the platform's service clients. */
package com.allocar.wallet.payment;
