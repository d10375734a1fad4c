package com.allocar.trip.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** A WGS84 position (SRID 4326). JTS and PostGIS order coordinates (x = longitude, y = latitude). */
public record GeoPoint(double lat, double lon) {

    public static final int SRID = 4326;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SRID);
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (!validLatitude(lat) || !validLongitude(lon)) {
            throw new IllegalArgumentException("not a WGS84 position: " + lat + "," + lon);
        }
    }

    public static boolean validLatitude(double lat) {
        return Double.isFinite(lat) && lat >= -90 && lat <= 90;
    }

    public static boolean validLongitude(double lon) {
        return Double.isFinite(lon) && lon >= -180 && lon <= 180;
    }

    public Point toPoint() {
        Point p = WGS84.createPoint(new Coordinate(lon, lat));
        p.setSRID(SRID);
        return p;
    }

    public static GeoPoint of(Point p) {
        return new GeoPoint(p.getY(), p.getX());
    }

    /** Great-circle distance on the mean sphere, for rules that need no database (PostGIS answers the searches). */
    public double metersTo(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
