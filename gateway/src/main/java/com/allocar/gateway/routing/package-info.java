/** Which paths are routed at all: /internal/** and /actuator/** never are. */
package com.allocar.gateway.routing;
