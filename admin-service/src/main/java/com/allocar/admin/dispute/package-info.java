/** Disputes as staff handle them: booking-service's support queue and its reviews (in review, resolved, rejected). */
package com.allocar.admin.dispute;
