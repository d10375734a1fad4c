/** Members' bearer tokens checked against identity's key set and the revoke list before anything is forwarded. */
package com.allocar.gateway.auth;
