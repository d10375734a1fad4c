/** The one way a service calls another: OpenFeign clients with the fleet's codec, token, errors, breaker and retry. */
package com.allocar.platform.clients;
