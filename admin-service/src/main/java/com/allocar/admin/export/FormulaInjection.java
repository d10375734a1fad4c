package com.allocar.admin.export;

/**
 * A CSV cell that starts like a formula ({@code = + - @}, tab, carriage return) is run by Excel or LibreOffice when the
 * file is opened (OWASP "CSV injection"): such text is written with a leading apostrophe, which spreadsheets show as
 * text. Amounts and instants are ours and never pass through here. (XLSX cells are typed: text is never a formula.)
 */
final class FormulaInjection {

    private FormulaInjection() {
    }

    static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
