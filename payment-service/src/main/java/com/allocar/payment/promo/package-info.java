/** Promo codes: reservation at init, redemption when paid, release when failed. */
package com.allocar.payment.promo;
