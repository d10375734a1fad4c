/** Signed URLs of the private object storage (KYC images, profile photos). */
package com.allocar.identity.storage;
