/** Sending SMS and e-mail (codes, notices). */
package com.allocar.identity.notify;
