/** Chat images: upload slots in the private chat bucket (presigned PUT), who asked for which key, short-lived read URLs. */
package com.allocar.messaging.attachment;
