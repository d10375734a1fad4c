/** Scheduled jobs of every service run under ShedLock, so two instances never run the same job at once. */
package com.allocar.platform.jobs;
