package dev.pail.internal.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The headers of one part of a {@code multipart/form-data} body: its {@code Content-Disposition}
 * (RFC 7578 section 4.2: {@code form-data; name="..."}, with an optional {@code filename}) and its
 * optional {@code Content-Type}. Other part headers are ignored, as RFC 7578 section 4.8 says.
 *
 * @param disposition the disposition type, lower-cased ({@code form-data})
 * @param name        the field name as sent
 * @param filename    the {@code filename} parameter as sent, if there is one (possibly empty)
 * @param contentType the part's Content-Type, if sent
 */
record MultipartFormPart(String disposition, String name, Optional<String> filename, Optional<String> contentType) {

    /**
     * Reads a part's header lines.
     *
     * @throws dev.pail.internal.error.S3Exception {@code MalformedPOSTRequest} without a
     *         Content-Disposition naming the field
     */
    static MultipartFormPart parse(List<String> headerLines) {
        String disposition = null;
        String contentType = null;
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw MultipartFormReader.malformed("a part header line without a name: " + line);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition") && disposition == null) {
                disposition = value;
            } else if (name.equals("content-type") && contentType == null) {
                contentType = value;
            }
        }
        if (disposition == null) {
            throw MultipartFormReader.malformed("a part without Content-Disposition");
        }
        int semicolon = disposition.indexOf(';');
        String type = (semicolon < 0 ? disposition : disposition.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        Map<String, String> parameters = parameters(semicolon < 0 ? "" : disposition.substring(semicolon + 1));
        String fieldName = parameters.get("name");
        if (fieldName == null) {
            throw MultipartFormReader.malformed("a part whose Content-Disposition has no name");
        }
        return new MultipartFormPart(type, fieldName, Optional.ofNullable(parameters.get("filename")),
                Optional.ofNullable(contentType));
    }

    /** Whether this part is the form's file: a {@code form-data} part named {@code file} (in any case). */
    boolean isFile() {
        return disposition.equals("form-data") && name.equalsIgnoreCase(MultipartForm.FILE_FIELD);
    }

    /**
     * Header parameters {@code ; name=value} with token or quoted-string values, names lower-cased,
     * the first of a repeated name kept. In a quoted string only {@code \"} is an escape: browsers
     * send Windows paths with bare backslashes ({@code C:\dir\file.txt}), which must survive.
     */
    static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            int semicolon = text.indexOf(';', i);
            if (eq < 0 || (semicolon >= 0 && semicolon < eq)) {
                i = semicolon < 0 ? text.length() : semicolon + 1; // a parameter without a value
                continue;
            }
            String name = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            boolean wasQuoted = false;
            int at = eq + 1;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '"') {
                at = quoted(text, at + 1, value);
                wasQuoted = true;
                int next = text.indexOf(';', at);
                i = next < 0 ? text.length() : next + 1;
            } else {
                int end = semicolon < 0 ? text.length() : semicolon;
                value.append(text, at, end);
                i = end + 1;
            }
            parameters.putIfAbsent(name, wasQuoted ? value.toString() : value.toString().strip());
        }
        return parameters;
    }

    private static int quoted(String text, int at, StringBuilder value) {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                value.append('"');
                at += 2;
            } else if (c == '"') {
                return at + 1;
            } else {
                value.append(c);
                at++;
            }
        }
        throw MultipartFormReader.malformed("an unterminated quoted parameter: " + text);
    }
}
