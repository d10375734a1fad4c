/** Sign-in protection: per-client throttling, progressive delays and trusted devices. */
package com.allocar.identity.auth.login;
