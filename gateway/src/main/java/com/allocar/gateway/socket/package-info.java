/** WebSocket routes: the service admits a handshake before the gateway upgrades the client. */
package com.allocar.gateway.socket;
