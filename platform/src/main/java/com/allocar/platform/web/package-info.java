/** The servlet side of the fleet: the error envelope for every failure, request logging, snake_case parameters. */
package com.allocar.platform.web;
