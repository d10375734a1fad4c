/** MTN MoMo Collection and Disbursement adapter. */
package com.allocar.payment.provider.mtn;
