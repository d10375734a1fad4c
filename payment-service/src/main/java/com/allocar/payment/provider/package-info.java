/** The port to the payment providers and what every adapter shares (signatures, HTTP, errors). */
package com.allocar.payment.provider;
