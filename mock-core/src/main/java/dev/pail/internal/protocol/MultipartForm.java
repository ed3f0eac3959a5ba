package dev.pail.internal.protocol;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a browser form upload (POST Object), {@code multipart/form-data} as RFC 7578 defines
 * it and as S3 reads it: the fields before the {@code file} field are held as text (at most
 * {@value #MAX_PRE_DATA_BYTES} bytes of them, boundaries and part headers included); the file's
 * content is then streamed, never held whole; the fields after it are ignored. Field names are
 * matched in any case ("the post parameters are case insensitive"), values as sent.
 *
 * <p>Read once, in order: {@link #read}, then {@link #file()} to its end, then {@link #finish()}.
 */
public final class MultipartForm {

    /** The name of the field that carries the file. */
    public static final String FILE_FIELD = "file";
    /** S3's limit on what precedes the file: "The form data and boundaries ... cannot exceed 20 KB". */
    public static final int MAX_PRE_DATA_BYTES = 20 * 1024;
    /** The variable S3 replaces with the file's name in every field. */
    public static final String FILENAME_VARIABLE = "${filename}";
    private static final int MAX_BOUNDARY = 70;

    private final MultipartFormReader reader;
    private final List<Map.Entry<String, String>> fields;
    private final MultipartFormPart filePart;
    private final MultipartFormReader.PartStream content;

    private MultipartForm(MultipartFormReader reader, List<Map.Entry<String, String>> fields, MultipartFormPart filePart) {
        this.reader = reader;
        this.fields = List.copyOf(fields);
        this.filePart = filePart;
        this.content = reader.content();
    }

    /**
     * Reads a form up to the start of its file's content.
     *
     * @param contentType the request's Content-Type
     * @param body        the request body, positioned at its start
     * @throws S3Exception 412 {@code PreconditionFailed} when the body is not {@code multipart/form-data};
     *         400 {@code MalformedPOSTRequest} for broken framing; 400 {@code MaxPostPreDataLengthExceededError}
     *         when the fields before the file are too large; 400 {@code InvalidArgument} without a file
     */
    public static MultipartForm read(Optional<String> contentType, InputStream body) throws IOException {
        Objects.requireNonNull(body, "body");
        MultipartFormReader reader = new MultipartFormReader(body, boundary(contentType), MAX_PRE_DATA_BYTES);
        reader.skipPreamble();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        while (reader.nextPart()) {
            MultipartFormPart part = MultipartFormPart.parse(reader.headerLines());
            if (part.isFile()) {
                reader.stopCounting();
                return new MultipartForm(reader, fields, part);
            }
            try (InputStream value = reader.content()) {
                fields.add(Map.entry(part.name(), new String(value.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        reader.drainAll();
        throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "POST requires exactly one file upload per request.")
                .detail("ArgumentName", FILE_FIELD).detail("ArgumentValue", "0");
    }

    /**
     * The boundary of a {@code multipart/form-data} Content-Type.
     *
     * @throws S3Exception 412 {@code PreconditionFailed} for another type (S3's answer, with its
     *         {@code Condition}), 400 {@code MalformedPOSTRequest} without a usable boundary
     */
    public static String boundary(Optional<String> contentType) {
        String value = contentType.orElse("");
        int semicolon = value.indexOf(';');
        String type = (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        if (!type.equals("multipart/form-data")) {
            throw new S3Exception(S3ErrorCode.PRECONDITION_FAILED)
                    .detail("Condition", "Bucket POST must be of the enclosure-type multipart/form-data")
                    .explain("a POST to a bucket with Content-Type " + (value.isEmpty() ? "(none)" : value));
        }
        String boundary = semicolon < 0 ? null
                : MultipartFormPart.parameters(value.substring(semicolon + 1)).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw MultipartFormReader.malformed("no usable boundary in Content-Type " + value);
        }
        return boundary;
    }

    /** The fields before the file, names and values as sent, in order. */
    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    /** The fields before the file with {@value #FILENAME_VARIABLE} replaced, as S3 matches and applies them. */
    public List<Map.Entry<String, String>> expandedFields() {
        Optional<String> name = filename().map(MultipartForm::baseName);
        if (name.isEmpty()) {
            return fields; // no filename parameter: S3 keeps the variable as it is
        }
        List<Map.Entry<String, String>> expanded = new ArrayList<>(fields.size());
        for (Map.Entry<String, String> field : fields) {
            expanded.add(Map.entry(field.getKey(), field.getValue().replace(FILENAME_VARIABLE, name.get())));
        }
        return expanded;
    }

    /** The first value of a field before the file, its name in any case. */
    public Optional<String> field(String name) {
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }

    /** The file part's {@code filename} parameter as sent, if it has one. */
    public Optional<String> filename() {
        return filePart.filename();
    }

    /** The file part's own Content-Type, if sent (S3 ignores it: the object's type is the Content-Type field's). */
    public Optional<String> fileContentType() {
        return filePart.contentType();
    }

    /** The file's content, streamed from the body; it ends where the file part ends. */
    public InputStream file() {
        return content;
    }

    /** How many bytes of the file's content were read so far. */
    public long fileBytesRead() {
        return content.delivered();
    }

    /**
     * Reads the rest of the body: the file's content not yet read (counting it, which
     * {@link #fileBytesRead()} then reports) and the parts after it, which are ignored.
     *
     * @return how many more parts named {@code file} followed the file
     * @throws S3Exception {@code MalformedPOSTRequest} when the file part is not terminated
     */
    public int finish() throws IOException {
        content.transferTo(OutputStream.nullOutputStream());
        int files = 0;
        try {
            while (reader.nextPart()) {
                if (MultipartFormPart.parse(reader.headerLines()).isFile()) {
                    files++;
                }
                reader.content().transferTo(OutputStream.nullOutputStream());
            }
        } catch (S3Exception e) {
            // what follows the file is ignored, well-formed or not
        }
        reader.drainAll();
        return files;
    }

    /** The file name without the path a browser may send: the text after the last slash or backslash. */
    static String baseName(String filename) {
        int cut = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
        return filename.substring(cut + 1);
    }
}
