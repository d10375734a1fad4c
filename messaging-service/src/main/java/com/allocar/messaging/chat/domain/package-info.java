/** Chat hygiene rules, plain Java, one per file: contact details masked before storage, off-platform payment flagged. */
package com.allocar.messaging.chat.domain;
