/** The WebSocket handshake: the member's access token (header, subprotocol or query), verified as the REST side does, then the room's own admission. */
package com.allocar.messaging.live.web;
