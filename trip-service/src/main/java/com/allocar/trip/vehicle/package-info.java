/** Members' vehicles: plates, seats, comfort. */
package com.allocar.trip.vehicle;
