/**
 * A fake Firebase Cloud Messaging (HTTP v1 and Google's OAuth 2.0 token endpoint) that checks requests as Google does:
 * a service account drawn at start (its key file in devstack's directory), the JWT grant, the message's shape and size,
 * real error bodies for the registration tokens that ask for them ({@code MagicToken}); accepted pushes are kept for
 * the tests' {@code GET /api/push} and the dev inbox.
 */
package com.allocar.devstack.fcm;
