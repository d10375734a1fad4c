package com.allocar.trip.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    @Test
    void abidjanToYamoussoukroIsAbout220KmAsTheCrowFlies() {
        double km = new GeoPoint(5.3257, -4.0205).metersTo(new GeoPoint(6.8276, -5.2893)) / 1000;
        assertThat(km).isCloseTo(218, within(5.0));
    }

    @Test
    void jtsOrderIsLongitudeLatitude() {
        var p = new GeoPoint(5.3257, -4.0205).toPoint();
        assertThat(p.getX()).isEqualTo(-4.0205);
        assertThat(p.getY()).isEqualTo(5.3257);
        assertThat(p.getSRID()).isEqualTo(4326);
        assertThat(GeoPoint.of(p)).isEqualTo(new GeoPoint(5.3257, -4.0205));
    }

    @Test
    void refusesPositionsOutsideWgs84() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
