/** Trip search (PostGIS) and its Redis cache, invalidated per departure day. */
package com.allocar.trip.search;
