/**
 * Staff sign-in for the admin console: the console runs Keycloak's authorization code + PKCE flow (the staff member
 * types their password into Keycloak, never into AlloCar) and hands the code to {@code POST /api/v1/admin/login}, which
 * exchanges it at Keycloak's token endpoint and answers the tokens with who signed in.
 */
package com.allocar.admin.login;
