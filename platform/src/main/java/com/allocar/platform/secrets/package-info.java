/** A service outside the local profile refuses to start without the secrets it declares. */
package com.allocar.platform.secrets;
