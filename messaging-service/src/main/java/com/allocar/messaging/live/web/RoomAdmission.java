package com.allocar.messaging.live.web;

import java.net.URI;

import com.allocar.platform.security.CurrentUser;

/**
 * A socket path's own admission, after the token was verified: whether this member may join the room named by the
 * path. Refuses with an {@link com.allocar.platform.api.ApiException} (its status is the handshake's answer).
 */
@FunctionalInterface
public interface RoomAdmission {

    /** @return the room to join ({@code booking:<id>}, {@code trip:<id>}) */
    String admit(URI uri, CurrentUser member);
}
