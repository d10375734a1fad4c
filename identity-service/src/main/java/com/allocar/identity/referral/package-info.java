/** Referral codes applied at sign-up and the bonuses they promise. */
package com.allocar.identity.referral;
