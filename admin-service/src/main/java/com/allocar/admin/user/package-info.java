/** Members' accounts as staff see them: search, read, suspend (sessions end at once), reactivate — identity decides. */
package com.allocar.admin.user;
