package com.allocar.admin.export;

/**
 * A column of a downloaded table: its header and how its cells are written (text, an XOF amount, a UTC instant, a
 * count, a percentage — a {@link java.math.BigDecimal} such as 12.5 for 12.5 %).
 */
public record Column(String header, Kind kind) {

    public enum Kind { TEXT, AMOUNT, INSTANT, COUNT, PERCENT }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column amount(String header) {
        return new Column(header, Kind.AMOUNT);
    }

    public static Column instant(String header) {
        return new Column(header, Kind.INSTANT);
    }

    public static Column count(String header) {
        return new Column(header, Kind.COUNT);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT);
    }
}
