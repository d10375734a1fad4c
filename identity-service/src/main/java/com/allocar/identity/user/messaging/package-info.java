/** Other services' events about members (driver activation, ratings). */
package com.allocar.identity.user.messaging;
