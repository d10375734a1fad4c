/** HTTP and the socket of the driver's location: GET /trips/{id}/driver-location and /ws/trips/{id}/driver-location. */
package com.allocar.messaging.location.web;
