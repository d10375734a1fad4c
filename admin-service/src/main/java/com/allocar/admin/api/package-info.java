/** admin-service's published contract: the event payloads other services may consume ({@link com.allocar.admin.api.AdminEvents}). */
package com.allocar.admin.api;
