/** The listeners of identity's and booking-service's events about members. */
package com.allocar.trip.member.messaging;
