/** The member's wallet API (balance, transactions). */
package com.allocar.wallet.wallet.web;
