package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartFormTest {

    private static final String BOUNDARY = "----WebKitFormBoundaryZj5IYNgNtfnlkZUs";
    private static final Optional<String> TYPE = Optional.of("multipart/form-data; boundary=" + BOUNDARY);

    @Test
    void readsTheFieldsBeforeTheFileThenStreamsTheFileAndIgnoresWhatFollows() throws IOException {
        byte[] body = new Body().field("key", "user/${filename}").field("X-Amz-Meta-Tag", "a b")
                .file("photo.jpg", "image/jpeg", bytes("JPEG DATA")).field("submit", "Upload").end();

        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(body));

        assertThat(form.fields()).containsExactly(Map.entry("key", "user/${filename}"), Map.entry("X-Amz-Meta-Tag", "a b"));
        assertThat(form.field("x-amz-meta-tag")).contains("a b");
        assertThat(form.filename()).contains("photo.jpg");
        assertThat(form.fileContentType()).contains("image/jpeg");
        assertThat(form.file().readAllBytes()).isEqualTo(bytes("JPEG DATA"));
        assertThat(form.fileBytesRead()).isEqualTo(9);
        assertThat(form.finish()).isZero();
    }

    @Test
    void survivesAnyFragmentationOfALargeFileFullOfNearBoundaries() throws IOException {
        byte[] content = nearBoundaries(300_000);
        byte[] body = new Body().field("key", "k").file("f.bin", null, content).end();

        for (long seed = 1; seed <= 5; seed++) {
            MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.randomFragments(body, seed, 977));
            assertThat(readInPieces(form.file(), seed)).isEqualTo(content);
            assertThat(form.finish()).isZero();
        }
        MultipartForm slow = MultipartForm.read(TYPE, FragmentingInputStream.oneByteAtATime(body));
        assertThat(slow.file().readAllBytes()).isEqualTo(content);
    }

    @Test
    void anEmptyFileIsAFile() throws IOException {
        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", "k")
                .file("", null, new byte[0]).end()));
        assertThat(form.file().readAllBytes()).isEmpty();
        assertThat(form.filename()).contains("");
    }

    @Test
    void fieldNamesAreCaseInsensitiveAndTheFileIsTheFormDataPartNamedFile() throws IOException {
        byte[] body = new Body().raw("Content-Disposition: file; name=\"file\"\r\n\r\nnot the file")
                .part("form-data; name=\"FILE\"; filename=\"a.txt\"", null, bytes("the file")).end();

        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(body));

        assertThat(form.fields()).containsExactly(Map.entry("file", "not the file"));
        assertThat(form.file().readAllBytes()).isEqualTo(bytes("the file"));
    }

    @Test
    void preambleEpilogueTransportPaddingAndAQuotedBoundaryAreAccepted() throws IOException {
        String text = "ignored preamble\r\n--" + BOUNDARY + "  \t\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nk\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ndata\r\n--" + BOUNDARY + "--\r\nepilogue";

        MultipartForm form = MultipartForm.read(Optional.of("Multipart/Form-Data; charset=utf-8; Boundary=\"" + BOUNDARY + "\""),
                FragmentingInputStream.whole(bytes(text)));

        assertThat(form.field("KEY")).contains("k");
        assertThat(form.filename()).isEmpty();
        assertThat(form.file().readAllBytes()).isEqualTo(bytes("data"));
        assertThat(form.finish()).isZero();
    }

    @Test
    void filenameReplacesTheVariableWithItsBaseName() throws IOException {
        assertThat(expandedKey("C:\\Program Files\\directory1\\file.txt")).isEqualTo("user/file.txt");
        assertThat(expandedKey("photos/2024/cat.jpg")).isEqualTo("user/cat.jpg");
        assertThat(expandedKey("")).isEqualTo("user/");
        assertThat(expandedKey(null)).as("no filename parameter: S3 keeps the variable").isEqualTo("user/${filename}");
    }

    @Test
    void aSecondFileIsCountedWhenTheFormIsFinished() throws IOException {
        byte[] body = new Body().field("key", "k").file("a", null, bytes("1")).file("b", null, bytes("2")).end();
        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(body));
        assertThat(form.finish()).isEqualTo(1);
        assertThat(form.fileBytesRead()).isEqualTo(1);
    }

    @Test
    void finishCountsTheFileBytesNotYetRead() throws IOException {
        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", "k")
                .file("a", null, new byte[70_000]).end()));
        assertThat(form.file().read(new byte[100])).isEqualTo(100);
        form.finish();
        assertThat(form.fileBytesRead()).isEqualTo(70_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/html", "application/x-www-form-urlencoded", "multipart/mixed; boundary=x"})
    void anotherContentTypeIsS3sPreconditionFailed(String contentType) {
        assertS3Error(() -> MultipartForm.read(contentType.isEmpty() ? Optional.empty() : Optional.of(contentType),
                FragmentingInputStream.whole(new byte[0])), S3ErrorCode.PRECONDITION_FAILED)
                .satisfies(e -> assertThat(((S3Exception) e).status()).isEqualTo(412))
                .satisfies(e -> assertThat(((S3Exception) e).details())
                        .containsEntry("Condition", "Bucket POST must be of the enclosure-type multipart/form-data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8"})
    void withoutABoundaryTheBodyIsMalformed(String contentType) {
        assertS3Error(() -> MultipartForm.read(Optional.of(contentType), FragmentingInputStream.whole(new byte[0])),
                S3ErrorCode.MALFORMED_POST_REQUEST);
    }

    @Test
    void aFormWithoutFileNeedsExactlyOne() {
        assertS3Error(() -> MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", "k").end())),
                S3ErrorCode.INVALID_ARGUMENT).hasMessage("POST requires exactly one file upload per request.");
    }

    @Test
    void fieldsBeforeTheFileMayTakeTwentyKilobytesWithTheirBoundaries() throws IOException {
        String fits = "x".repeat(MultipartForm.MAX_PRE_DATA_BYTES - 300);
        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", fits)
                .file("a", null, new byte[100_000]).end()));
        assertThat(form.file().readAllBytes()).hasSize(100_000);

        String tooMuch = "x".repeat(MultipartForm.MAX_PRE_DATA_BYTES);
        assertS3Error(() -> MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", tooMuch)
                .file("a", null, new byte[1]).end())), S3ErrorCode.MAX_POST_PRE_DATA_LENGTH_EXCEEDED_ERROR)
                .satisfies(e -> assertThat(((S3Exception) e).details()).containsEntry("MaxPostPreDataLengthBytes", "20480"));
    }

    @Test
    void brokenFramingIsMalformed() throws IOException {
        assertS3Error(() -> MultipartForm.read(TYPE, FragmentingInputStream.whole(bytes("no boundary at all"))),
                S3ErrorCode.MALFORMED_POST_REQUEST);
        assertS3Error(() -> MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body()
                .raw("Content-Type: text/plain\r\n\r\nno disposition").end())), S3ErrorCode.MALFORMED_POST_REQUEST);
        assertS3Error(() -> MultipartForm.read(TYPE, FragmentingInputStream.whole(bytes("--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nk"))), S3ErrorCode.MALFORMED_POST_REQUEST);
        MultipartForm truncated = MultipartForm.read(TYPE, FragmentingInputStream.whole(bytes("--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhalf a fi")));
        assertS3Error(() -> truncated.file().readAllBytes(), S3ErrorCode.MALFORMED_POST_REQUEST);
    }

    @Test
    void quotedParametersKeepBackslashesAndUnescapeQuotes() {
        assertThat(MultipartFormPart.parameters(" name=\"file\"; filename=\"C:\\dir\\a \\\"b\\\".txt\"; x=y "))
                .containsExactly(Map.entry("name", "file"), Map.entry("filename", "C:\\dir\\a \"b\".txt"), Map.entry("x", "y"));
    }

    // --- helpers

    private static String expandedKey(String filename) throws IOException {
        String disposition = "form-data; name=\"file\"" + (filename == null ? "" : "; filename=\"" + filename + "\"");
        MultipartForm form = MultipartForm.read(TYPE, FragmentingInputStream.whole(new Body().field("key", "user/${filename}")
                .part(disposition, null, bytes("x")).end()));
        return form.expandedFields().get(0).getValue();
    }

    /** Random bytes salted with CRLF, dashes and prefixes of the delimiter, so a naive scanner would stumble. */
    private static byte[] nearBoundaries(int size) {
        Random random = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 100);
        byte[] delimiter = bytes("\r\n--" + BOUNDARY);
        while (out.size() < size) {
            if (random.nextInt(50) == 0) {
                out.write(delimiter, 0, 1 + random.nextInt(delimiter.length - 1));
            } else {
                out.write(random.nextInt(256));
            }
        }
        return out.toByteArray();
    }

    private static byte[] readInPieces(InputStream in, long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[5000];
        int n;
        while ((n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static AbstractThrowableAssert<?, ?> assertS3Error(ThrowingCallable call, S3ErrorCode code) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** A multipart/form-data body as a browser writes it. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return part("form-data; name=\"" + name + "\"", null, bytes(value));
        }

        Body file(String filename, String contentType, byte[] content) {
            return part("form-data; name=\"file\"; filename=\"" + filename + "\"", contentType, content);
        }

        Body part(String disposition, String contentType, byte[] content) {
            String head = "Content-Disposition: " + disposition + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
            raw(head);
            out.writeBytes(content);
            return this;
        }

        Body raw(String partText) {
            out.writeBytes(bytes((out.size() == 0 ? "" : "\r\n") + "--" + BOUNDARY + "\r\n" + partText));
            return this;
        }

        byte[] end() {
            out.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
            return out.toByteArray();
        }
    }
}
