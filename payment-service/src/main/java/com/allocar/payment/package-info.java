/** payment-service: booking payments, wallet top-ups, refunds, driver payouts and withdrawals through Wave, Orange Money, MTN MoMo and Stripe. */
package com.allocar.payment;
