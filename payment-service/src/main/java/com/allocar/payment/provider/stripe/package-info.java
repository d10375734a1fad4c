/** Stripe PaymentIntents adapter (cards). */
package com.allocar.payment.provider.stripe;
