package com.allocar.platform.web;

/** Field names in errors match the wire (snake_case), not the Java records (camelCase). */
public final class SnakeCase {

    private SnakeCase() {
    }

    public static String of(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
