package com.allocar.messaging.live;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The sockets connected to this instance, by room. */
@Component
public class LiveRooms {

    private final Map<String, Set<LiveSocket>> rooms = new ConcurrentHashMap<>();
    private final Presence presence;

    LiveRooms(Presence presence) {
        this.presence = presence;
    }

    public void join(LiveSocket socket) {
        rooms.computeIfAbsent(socket.room(), r -> ConcurrentHashMap.newKeySet()).add(socket);
        presence.here(socket);
    }

    public void leave(LiveSocket socket) {
        rooms.computeIfPresent(socket.room(), (r, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
        presence.gone(socket);
    }

    /** Tells the cluster these sockets are still here (the sweeper, at each ping). */
    void stillHere() {
        presence.refresh(all());
    }

    /** Hands the event to every socket of its room on this instance. */
    void deliver(LiveEvent event) {
        Set<LiveSocket> sockets = rooms.get(event.room());
        if (sockets != null) {
            sockets.forEach(s -> s.deliver(event));
        }
    }

    Collection<LiveSocket> all() {
        return rooms.values().stream().flatMap(Set::stream).toList();
    }

    /** How many sockets this instance holds (metrics, tests). */
    public int size() {
        return rooms.values().stream().mapToInt(Set::size).sum();
    }

    List<LiveSocket> in(String room) {
        Set<LiveSocket> sockets = rooms.get(room);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }
}
