/** The spec's "plancher/plafond par axe" setting: trip-service's price bands, read and changed by staff through its internal API. */
package com.allocar.admin.pricing;
