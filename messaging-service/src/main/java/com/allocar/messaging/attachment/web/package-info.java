/** HTTP: asking for an image upload URL. */
package com.allocar.messaging.attachment.web;
