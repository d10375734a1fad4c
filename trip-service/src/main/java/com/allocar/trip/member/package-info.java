/** What trip-service knows of members (names, KYC, ratings), from other services' events. */
package com.allocar.trip.member;
