/** Orange Money WebPay adapter. */
package com.allocar.payment.provider.orange;
