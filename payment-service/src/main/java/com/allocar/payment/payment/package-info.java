/** The payment aggregate, its lifecycle and the use cases that start a payment and change its status. */
package com.allocar.payment.payment;
