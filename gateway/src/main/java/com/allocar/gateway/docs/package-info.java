/** The Swagger UI over every service's OpenAPI document. */
package com.allocar.gateway.docs;
