/** Members' access tokens, the revoke list, and the guard of /internal/** routes. */
package com.allocar.platform.security;
