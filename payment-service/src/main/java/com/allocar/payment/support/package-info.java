/** Small helpers shared by payment-service's features (money arithmetic). */
package com.allocar.payment.support;
