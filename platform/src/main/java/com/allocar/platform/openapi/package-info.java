/** Each service's OpenAPI document: the envelope, the error codes and the security schemes. */
package com.allocar.platform.openapi;
