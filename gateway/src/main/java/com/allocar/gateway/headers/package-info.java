/** Security headers on every answer (HSTS, nosniff, frame denial). */
package com.allocar.gateway.headers;
