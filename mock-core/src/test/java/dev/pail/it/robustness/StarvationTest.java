package dev.pail.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.verify.RequestPattern;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stalled or slow clients cannot hold up anybody else, and an upload that goes quiet is dropped the
 * way S3 drops it: {@code 400 RequestTimeout}, then the connection closes.
 */
class StarvationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private Pail pail;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("bkt").requestTimeout(TIMEOUT).start();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    /** Starts an upload of 100,000 bytes, sends three, and returns once the server is reading its body. */
    private Socket stalledUpload(String key) throws IOException {
        Socket socket = new Socket(pail.host(), pail.port());
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("PUT /bkt/" + key + " HTTP/1.1\r\nHost: " + pail.host() + "\r\nContent-Length: 100000\r\n"
                + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // The server answers 100 Continue when a worker starts reading the body: from then on it waits.
        assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 100");
        out.write("abc".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void fortyStalledUploadsDoNotHoldUpAnotherClient() throws Exception {
        pail.client().listBuckets(); // the SDK's own start-up is not what this test measures
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                stalled.add(stalledUpload("stalled-" + i));
            }
            long started = System.nanoTime();
            pail.client().listBuckets();
            pail.client().putObject(b -> b.bucket("bkt").key("served"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("served"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(1));
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void anUploadThatGoesQuietIsRefusedWithRequestTimeoutAndItsConnectionClosed() throws Exception {
        try (Socket socket = stalledUpload("quiet")) {
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("<Code>RequestTimeout</Code>")
                    .contains("Your socket connection to the server was not read from or written to within the timeout period.");
            assertThat(response.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
        }
        assertThat(pail.awaitRequest(RequestPattern.putObject("bkt", "quiet"), Duration.ofSeconds(5)).errorCode())
                .hasValue(dev.pail.S3ErrorCode.REQUEST_TIMEOUT);
        assertThat(pail.client().listObjectsV2(b -> b.bucket("bkt")).contents()).as("nothing half-written").isEmpty();
    }

    @Test
    void aSlowClientThatKeepsSendingIsServedHoweverLongItTakes() throws Exception {
        byte[] body = "0123456789".repeat(5).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /bkt/slow HTTP/1.1\r\nHost: " + pail.host() + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long silence = TIMEOUT.toMillis() / 3;
            for (int i = 0; i < body.length; i += 10) { // five slices over more than the timeout in all
                out.write(body, i, 10);
                out.flush();
                Thread.sleep(silence); // the client's pace is the behaviour under test
            }
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
        }
        assertThat(pail.client().getObjectAsBytes(b -> b.bucket("bkt").key("slow")).asByteArray()).isEqualTo(body);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
