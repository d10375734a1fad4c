/** The in-app feed: the lines a member sees in the app's notification list, read state. */
package com.allocar.notification.feed;
