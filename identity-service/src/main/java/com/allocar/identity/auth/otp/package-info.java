/** One-time codes sent by SMS or e-mail to verify a contact point. */
package com.allocar.identity.auth.otp;
