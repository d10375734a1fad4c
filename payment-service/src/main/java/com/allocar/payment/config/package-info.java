/** payment-service's configuration properties and beans. */
package com.allocar.payment.config;
