/** One JSON log line per request with its request id, user and latency. */
package com.allocar.gateway.requestlog;
