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

    public void join(LiveSocket socket) {
        rooms.computeIfAbsent(socket.room(), r -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    public void leave(LiveSocket socket) {
        rooms.computeIfPresent(socket.room(), (r, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
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
