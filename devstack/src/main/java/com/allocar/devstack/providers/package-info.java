/** Fake payment providers that check requests and sign webhooks the way Wave, Orange, MTN and Stripe do. */
package com.allocar.devstack.providers;
