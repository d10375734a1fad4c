/** admin-service's internal API over accounts: search, read, suspend, reactivate. */
package com.allocar.identity.suspension.web;
