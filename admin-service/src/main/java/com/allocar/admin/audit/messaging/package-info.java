/** The owners' {@code audit.recorded} events, kept once each. */
package com.allocar.admin.audit.messaging;
