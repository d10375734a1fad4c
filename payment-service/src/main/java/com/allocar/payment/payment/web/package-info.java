/** HTTP API of payments: the passenger's init and reads, the internal admin listing. */
package com.allocar.payment.payment.web;
