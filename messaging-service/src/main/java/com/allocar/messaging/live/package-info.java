/**
 * Real-time delivery: the sockets connected to this instance, grouped in rooms (a booking's chat, a trip's driver
 * location), and the Redis pub/sub channel through which a frame published on any instance reaches every room's
 * sockets on every instance. Pings, token expiry and revocation of connected sockets.
 */
package com.allocar.messaging.live;
