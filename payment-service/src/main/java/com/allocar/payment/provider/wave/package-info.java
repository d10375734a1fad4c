/** Wave Checkout and Payout adapter. */
package com.allocar.payment.provider.wave;
