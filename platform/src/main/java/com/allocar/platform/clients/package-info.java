/**
 * The one way a service calls another: OpenFeign clients with the fleet's codec, token, errors, breaker and retry.
 * Feign's default HTTP client (HttpURLConnection) cannot send PATCH: internal APIs take changes as POSTs to a
 * sub-resource ({@code /suspension}, {@code /arbitration}, {@code /changes}).
 */
package com.allocar.platform.clients;
