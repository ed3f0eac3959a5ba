package dev.pail.internal.json;

/**
 * Writes compact JSON, in the order the caller gives: objects and arrays nest through
 * {@link #begin()}/{@link #end()} and {@link #array()}/{@link #endArray()}, members through
 * {@link #name(String)} and the value methods. For S3's event messages, whose field order is
 * documented, so a map's order would not do.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(512);
    private boolean needsComma;

    /** Opens an object (as a value or as the document). */
    public JsonWriter begin() {
        comma();
        out.append('{');
        needsComma = false;
        return this;
    }

    /** Closes the innermost object. */
    public JsonWriter end() {
        out.append('}');
        needsComma = true;
        return this;
    }

    /** Opens an array. */
    public JsonWriter array() {
        comma();
        out.append('[');
        needsComma = false;
        return this;
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** The name of the next member. */
    public JsonWriter name(String name) {
        comma();
        quote(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    /** A string member. */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** A number member. */
    public JsonWriter field(String name, long value) {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    /** A string value. */
    public JsonWriter value(String value) {
        comma();
        quote(value);
        needsComma = true;
        return this;
    }

    /** JSON text written elsewhere, as a value. */
    public JsonWriter raw(String json) {
        comma();
        out.append(json);
        needsComma = true;
        return this;
    }

    private void comma() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The text written. */
    @Override
    public String toString() {
        return out.toString();
    }
}
