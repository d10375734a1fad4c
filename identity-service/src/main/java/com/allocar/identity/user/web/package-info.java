/** The member's own and public profile HTTP API. */
package com.allocar.identity.user.web;
