/** payment-service's money events → {@code finance_facts}. */
package com.allocar.admin.report.messaging;
