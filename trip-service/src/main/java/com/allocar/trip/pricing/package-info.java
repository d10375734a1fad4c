/** Price bands per axis: the floor and ceiling of a seat's price. */
package com.allocar.trip.pricing;
