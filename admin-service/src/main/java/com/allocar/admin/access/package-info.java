/**
 * Who may do what: staff tokens from Keycloak checked again ({@link com.allocar.admin.access.StaffSecurityConfiguration}),
 * and the spec's role matrix as one table ({@link com.allocar.admin.access.RoleMatrix}) that every staff route names.
 */
package com.allocar.admin.access;
