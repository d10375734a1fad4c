/** Registration, code verification and password sign-in: the account side of authentication. */
package com.allocar.identity.auth;
