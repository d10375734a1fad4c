/** admin-service's settings. */
package com.allocar.admin.config;
