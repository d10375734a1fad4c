/** Filtering, sorting and pagination of list endpoints, declared per resource. */
package com.allocar.platform.query;
