/** Members: their account, profile and public view. */
package com.allocar.identity.user;
