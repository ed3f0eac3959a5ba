package dev.pail.verify;

/** Renders values in messages: quoted, long ones shortened, control characters escaped. */
final class Quote {

    private static final int MAX = 120;

    private Quote() {
    }

    static String of(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(value.length(), MAX);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        if (value.length() > MAX) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
