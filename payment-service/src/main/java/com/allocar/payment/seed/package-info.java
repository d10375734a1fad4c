/** Demo data for the local profile. */
package com.allocar.payment.seed;
