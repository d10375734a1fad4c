/** The public webhook endpoint of each provider. */
package com.allocar.payment.webhook.web;
