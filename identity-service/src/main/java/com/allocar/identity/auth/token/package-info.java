/** Access tokens (JWT, JWKS), refresh-token sessions and the revoke list. */
package com.allocar.identity.auth.token;
