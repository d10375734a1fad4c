package com.allocar.trip.geo;

/** A named position on the wire: {@code {"lat": 5.3257, "lon": -4.0205, "text": "Abidjan, Plateau"}}. */
public record PlaceView(double lat, double lon, String text) {

    public static PlaceView of(GeoPoint p, String text) {
        return new PlaceView(p.lat(), p.lon(), text);
    }
}
