package dev.pail.it.clients;

import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.S3ErrorCode;
import dev.pail.verify.Times;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A PutObject that declares more than S3's 5 GiB limit, sent as bare headers over a socket, so
 * that nothing of the 5 GiB is ever sent or allocated: {@code EntityTooLarge}, the connection
 * closed rather than kept waiting for the body, and the server still serving.
 */
class EntityTooLargeTest {

    static final long TOO_LARGE = (5L << 30) + 1;
    /** More than the server's 32 worker threads, none of which such a request may keep. */
    static final int CONNECTIONS = 40;
    @AutoClose
    static final Pail pail = Pail.builder().bucket("big").start();

    @Test
    void putObjectDeclaringMoreThan5GiBIsRefusedAndItsConnectionClosed() throws IOException {
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket socket = connect();
                clients.add(socket);
                send(socket, "PUT /big/huge HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + TOO_LARGE + "\r\n\r\n");
                Response response = Response.read(socket.getInputStream());

                assertThat(response.status()).isEqualTo(400);
                assertThat(response.body()).contains("<Code>EntityTooLarge</Code>")
                        .contains("<ProposedSize>" + TOO_LARGE + "</ProposedSize>")
                        .contains("<MaxSizeAllowed>5368709120</MaxSizeAllowed>");
                assertThat(response.headers()).containsEntry("connection", "close");
                assertThat(socket.getInputStream().read()).as("the server closed the connection").isEqualTo(-1);
            }
        } finally {
            for (Socket socket : clients) {
                socket.close();
            }
        }

        pail.verify(Times.times(CONNECTIONS), putObject("big", "huge").withErrorCode(S3ErrorCode.ENTITY_TOO_LARGE));
        assertServerStillServes();
    }

    @Test
    void putObjectDeclaringMoreThan5GiBWithExpectContinueIsRefusedBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /big/huge HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: "
                    + TOO_LARGE + "\r\n\r\n");
            Response response = Response.read(socket.getInputStream());

            assertThat(response.status()).as("a final status, not 100 Continue").isEqualTo(400);
            assertThat(response.body()).contains("<Code>EntityTooLarge</Code>");
            assertThat(socket.getInputStream().read()).as("the server closed the connection").isEqualTo(-1);
        }
        assertServerStillServes();
    }

    private static void assertServerStillServes() {
        pail.client().putObject(b -> b.bucket("big").key("small"), RequestBody.fromString("still here"));
        assertThat(pail.client().getObjectAsBytes(b -> b.bucket("big").key("small")).asUtf8String()).isEqualTo("still here");
        assertThatThrownBy(() -> pail.client().headObject(b -> b.bucket("big").key("huge")))
                .isInstanceOf(NoSuchKeyException.class);
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", pail.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String head) throws IOException {
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** One HTTP/1.1 response with a Content-Length, read without waiting for the connection to end. */
    record Response(int status, Map<String, String> headers, String body) {

        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection ended inside the response head: " + head);
                }
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }
}
