package dev.pail.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.recording.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Client aborts and unparsable bodies are normal events for a server: they are answered or
 * dropped, and logged at DEBUG at most, never as a stack trace or on stderr.
 */
@Isolated("captures System.err")
class QuietLoggingTest {

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream originalErr;
    private Pail pail;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Logger.getLogger("").addHandler(handler);
        pail = Pail.builder().bucket("bkt").start();
    }

    @AfterEach
    void restore() {
        pail.close();
        Logger.getLogger("").removeHandler(handler);
        System.setErr(originalErr);
    }

    private String noise() {
        StringBuilder out = new StringBuilder(stderr.toString(StandardCharsets.UTF_8));
        records.forEach(r -> out.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ")
                .append(r.getMessage()).append('\n'));
        return out.toString();
    }

    @Test
    void aClientThatHangsUpMidUploadLeavesNoTrace() throws Exception {
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /bkt/k HTTP/1.1\r\nHost: " + pail.host() + "\r\nContent-Length: 100000\r\n\r\nabc")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(100);
        }
        RecordedRequest put = pail.awaitRequest(dev.pail.verify.RequestPattern.anyOperation(), Duration.ofSeconds(5));
        assertThat(put.status()).isEqualTo(400);
        assertThat(pail.client().listObjectsV2(b -> b.bucket("bkt")).contents()).as("nothing half-written").isEmpty();
        assertThat(noise()).isEmpty();
    }

    @Test
    void aClientThatHangsUpMidDownloadLeavesNoTrace() throws Exception {
        pail.seed().object("bkt", "big", new byte[8 << 20]);
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.getOutputStream().write(("GET /bkt/big HTTP/1.1\r\nHost: " + pail.host() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            in.readNBytes(1000);
        }
        pail.awaitRequest(dev.pail.verify.RequestPattern.anyOperation(), Duration.ofSeconds(5));
        assertThat(pail.client().headObject(b -> b.bucket("bkt").key("big")).contentLength()).isEqualTo(8 << 20);
        assertThat(noise()).isEmpty();
    }

    @Test
    void aClientThatGaveUpOnADelayedRequestLeavesNoTrace() throws Exception {
        pail.when(dev.pail.verify.RequestPattern.anyOperation())
                .fail(dev.pail.fault.S3Fault.delay(Duration.ofMillis(300))).always();
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.getOutputStream().write(("GET /bkt/missing HTTP/1.1\r\nHost: " + pail.host() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.getOutputStream().write(("PUT /bkt/k HTTP/1.1\r\nHost: " + pail.host()
                    + "\r\nContent-Length: 10\r\n\r\n0123").getBytes(StandardCharsets.US_ASCII));
        }
        pail.awaitRequest(dev.pail.verify.RequestPattern.putObject("bkt", "k"), Duration.ofSeconds(5));
        pail.awaitRequest(dev.pail.verify.RequestPattern.getObject("bkt", "missing"), Duration.ofSeconds(5));
        pail.resetFaults();
        assertThat(pail.client().listObjectsV2(b -> b.bucket("bkt")).contents()).as("nothing half-written").isEmpty();
        assertThat(noise()).isEmpty();
    }

    @Test
    void aDocumentThatIsNotUtf8IsMalformedXmlWithoutAParserMessageOnStderr() throws Exception {
        byte[] body = {'<', 'T', 'a', 'g', 'g', 'i', 'n', 'g', '>', (byte) 0xFF, (byte) 0xFE, '<', '/', 'T', 'a', 'g',
                'g', 'i', 'n', 'g', '>'};
        try (Socket socket = new Socket(pail.host(), pail.port())) {
            socket.getOutputStream().write(("PUT /bkt?tagging HTTP/1.1\r\nHost: " + pail.host() + "\r\nContent-Length: "
                    + body.length + "\r\nContent-MD5: " + java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("MD5").digest(body)) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("<Code>MalformedXML</Code>");
        }
        assertThat(noise()).isEmpty();
    }
}
