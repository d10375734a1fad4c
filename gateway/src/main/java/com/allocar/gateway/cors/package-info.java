/** CORS for the web app's origins. */
package com.allocar.gateway.cors;
