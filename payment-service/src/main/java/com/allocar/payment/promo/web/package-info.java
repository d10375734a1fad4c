/** HTTP API of promo codes: validation by passengers, management by admins. */
package com.allocar.payment.promo.web;
