/** Password hashing and the password policy. */
package com.allocar.identity.auth.password;
