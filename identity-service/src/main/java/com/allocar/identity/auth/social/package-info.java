/** Sign-in with Google or Apple: verifying their ID tokens and linking identities to users. */
package com.allocar.identity.auth.social;
