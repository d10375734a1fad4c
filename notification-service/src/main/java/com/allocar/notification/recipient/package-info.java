/** Who to reach and how: the recipients read model (identity's user events, the devices' locale). */
package com.allocar.notification.recipient;
