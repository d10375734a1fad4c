/** Staff suspend and reactivate accounts (admin-service, through the internal API): sessions end at once. */
package com.allocar.identity.suspension;
