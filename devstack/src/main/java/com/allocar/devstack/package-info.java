/** Local infrastructure in one JVM for ./allocar up and test: Kafka, SMTP, S3, SMS and the dev inbox. */
package com.allocar.devstack;
