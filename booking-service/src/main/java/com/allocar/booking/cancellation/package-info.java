/** The cancellation policy ({@code domain}: one rule per file) and the admin's variables in force for it. */
package com.allocar.booking.cancellation;
