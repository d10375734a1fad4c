/** Request targets that a URI may not hold (curl's raw ?seats>=2) are percent-encoded instead of refused. */
package com.allocar.gateway.uri;
