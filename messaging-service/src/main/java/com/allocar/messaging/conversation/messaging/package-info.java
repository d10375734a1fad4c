/** booking-service's events as this service reads them (own payload records), each applied once through the inbox. */
package com.allocar.messaging.conversation.messaging;
