package dev.pail.internal.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a server access log record into its fields, for tests that read real lines field by field.
 *
 * <p>Fields are separated by single spaces. A field in double quotes ({@code "GET / HTTP/1.1"}) or in brackets
 * ({@code [06/Feb/2019:00:00:38 +0000]}) may hold spaces; the returned field is its content without the quotes or
 * brackets, with the escapes of {@link AccessLogFormat} undone ({@code \"}, {@code \\}, {@code \xHH} and
 * {@code \}{@code uHHHH}). An absent value comes back as {@code -}, quoted or not.
 */
public final class AccessLogLineParser {

    /** The fields of one record, in order (27 for a record of {@link AccessLogFormat#line}). */
    public static List<String> fields(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (true) {
            char first = line.charAt(at);
            int end;
            if (first == '"') {
                end = closing(line, at + 1, '"');
                fields.add(unescape(line.substring(at + 1, end)));
                end++;
            } else if (first == '[') {
                end = closing(line, at + 1, ']');
                fields.add(line.substring(at + 1, end));
                end++;
            } else {
                end = line.indexOf(' ', at);
                end = end < 0 ? line.length() : end;
                fields.add(unescape(line.substring(at, end)));
            }
            if (end >= line.length()) {
                return fields;
            }
            if (line.charAt(end) != ' ') {
                throw new IllegalArgumentException("no space after field " + fields.size() + " at " + end + ": " + line);
            }
            at = end + 1;
            if (at == line.length()) {
                throw new IllegalArgumentException("line ends with a space: " + line);
            }
        }
    }

    /** The index of the unescaped closing character from {@code from}. */
    private static int closing(String line, int from, char close) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && close == '"') {
                i++;
            } else if (c == close) {
                return i;
            }
        }
        throw new IllegalArgumentException("no closing " + close + " after " + from + ": " + line);
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                continue;
            }
            char kind = value.charAt(++i);
            if (kind == 'x') {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (kind == 'u') {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(kind);
            }
        }
        return out.toString();
    }
}
