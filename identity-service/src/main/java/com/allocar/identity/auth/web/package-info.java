/** The authentication HTTP API. */
package com.allocar.identity.auth.web;
