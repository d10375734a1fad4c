/** Service-to-service tokens (ES256): who may call which internal route. */
package com.allocar.platform.security.service;
