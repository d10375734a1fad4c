/** The KYC HTTP API for members, and its internal review API for admin-service. */
package com.allocar.identity.kyc.web;
