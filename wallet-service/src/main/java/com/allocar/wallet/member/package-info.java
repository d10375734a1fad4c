/** What wallet-service keeps of members from identity: KYC status and payout contacts. */
package com.allocar.wallet.member;
