/** Demo members for the local profile. */
package com.allocar.identity.seed;
