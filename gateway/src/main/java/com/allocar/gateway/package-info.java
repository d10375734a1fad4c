/** The only public entry point: routing, authentication, rate limits, CORS and security headers in front of the services. */
package com.allocar.gateway;
