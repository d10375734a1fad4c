/** The public search endpoint. */
package com.allocar.trip.search.web;
