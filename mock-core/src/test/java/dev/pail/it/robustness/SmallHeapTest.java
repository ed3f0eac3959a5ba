package dev.pail.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The standalone server on a 256 MiB heap, as users run it: capacity comes back the moment data is
 * deleted or overwritten, and filling it up is answered with {@code 507 InsufficientCapacity} in
 * S3's XML, never a 500 or an empty reply.
 */
class SmallHeapTest {

    private static ChildServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = ChildServer.start(List.of("-Xmx256m"), "--bucket", "bkt");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> put(String key, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/bkt/" + key)).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int delete(String key) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/bkt/" + key)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static URI uri(String path) {
        return URI.create(server.endpoint() + path);
    }

    /** PUTs objects of this size until the server says it is full; the keys stored. */
    private static List<String> fill(String prefix, int size) throws Exception {
        byte[] body = new byte[size];
        List<String> stored = new ArrayList<>();
        for (int i = 0; ; i++) {
            HttpResponse<String> response = put(prefix + i, body);
            if (response.statusCode() == 507) {
                assertThat(response.body()).contains("<Code>InsufficientCapacity</Code>");
                return stored;
            }
            assertThat(response.statusCode()).as("PUT #%d: %s", i, response.body()).isEqualTo(200);
            stored.add(prefix + i);
        }
    }

    @Test
    void fillingDeletingAndFillingAgainHoldsTheSameEveryTime() throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            List<String> stored = fill("fill-" + round + "-", 512 << 10);
            counts.add(stored.size());
            for (String key : stored) {
                assertThat(delete(key)).isEqualTo(204);
            }
        }
        assertThat(counts.get(0)).as("a 256 MiB heap holds a useful amount").isGreaterThan(150);
        assertThat(counts).allSatisfy(count -> assertThat(count).isBetween(counts.get(0) - 1, counts.get(0) + 1));
        assertThat(put("after", new byte[1 << 20]).statusCode()).isEqualTo(200);
        assertThat(delete("after")).isEqualTo(204);
    }

    @Test
    void overwritingOneKeyFiveHundredTimesNeverFills() throws Exception {
        byte[] body = new byte[1 << 20];
        for (int i = 0; i < 500; i++) {
            body[0] = (byte) i;
            HttpResponse<String> response = put("overwritten", body);
            assertThat(response.statusCode()).as("overwrite #%d: %s", i, response.body()).isEqualTo(200);
        }
        assertThat(delete("overwritten")).isEqualTo(204);
    }

    @Test
    void tenMebibyteObjectsUntilFullGetOnly507() throws Exception {
        List<String> stored = fill("big-", 10 << 20);
        assertThat(stored).hasSizeGreaterThan(5);
        for (String key : stored) {
            assertThat(delete(key)).isEqualTo(204);
        }
    }

    @Test
    void anUploadLargerThanTheCapIsRefusedBeforeItsBodyIsSent() throws Exception {
        try (Socket socket = new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /bkt/huge HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + (1L << 30) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 << 10]);
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 507");
        }
        assertThat(put("small", new byte[10]).statusCode()).isEqualTo(200);
        assertThat(server.output()).doesNotContain("Exception").doesNotContain("OutOfMemoryError");
    }
}
