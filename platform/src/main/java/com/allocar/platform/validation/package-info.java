/** Validation of what the fleet accepts everywhere: phone numbers (E.164) and e-mail addresses. */
package com.allocar.platform.validation;
