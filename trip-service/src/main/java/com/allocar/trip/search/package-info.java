/** Trip search (PostGIS), its Redis cache invalidated per departure day, and the searches each instance reports answered. */
package com.allocar.trip.search;
