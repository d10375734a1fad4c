/** admin-service: the staff API of the spec, behind Keycloak and the role matrix. */
package com.allocar.admin;
