/** The daily reconciliation of our payments with the providers' records. */
package com.allocar.payment.reconciliation;
