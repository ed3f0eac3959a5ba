package dev.pail.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.sun.net.httpserver.HttpServer;
import dev.pail.Pail;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The standalone server's {@code --event-endpoint} and {@code --day-seconds}. */
class EventForwarderTest {

    record Delivery(Map<String, String> headers, String body) {
    }

    @Test
    void eachEventIsPostedAsS3sJsonWithWhatItIsAndWhereItWasGoing() throws Exception {
        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Delivery(Map.of("name", exchange.getRequestHeaders().getFirst("x-pail-event-name"),
                    "arn", exchange.getRequestHeaders().getFirst("x-pail-destination-arn"),
                    "type", exchange.getRequestHeaders().getFirst("content-type")), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        endpoint.start();
        String[] args = {"--bucket", "inbox", "--event-endpoint",
            "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/events"};
        Pail.Builder builder = Pail.builder();
        Main.parse(args, builder, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Pail pail = builder.start()) {
            pail.onEvent(new EventForwarder(Main.eventEndpoint(args).orElseThrow()));
            S3Client s3 = pail.client();
            s3.putBucketNotificationConfiguration(b -> b.bucket("inbox").notificationConfiguration(c -> c
                    .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:000000000000:q")
                            .eventsWithStrings("s3:ObjectCreated:*"))));
            s3.putObject(b -> b.bucket("inbox").key("file.txt"), RequestBody.fromString("x"));

            Delivery test = received.poll(5, TimeUnit.SECONDS);
            Delivery created = received.poll(5, TimeUnit.SECONDS);
            assertThat(test).isNotNull();
            assertThat(test.headers()).containsEntry("name", "s3:TestEvent");
            assertThat(created).isNotNull();
            assertThat(created.headers()).containsEntry("name", "ObjectCreated:Put")
                    .containsEntry("arn", "arn:aws:sqs:us-east-1:000000000000:q").containsEntry("type", "application/json");
            assertThat(created.body()).isEqualTo(pail.events().get(1).json());
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    void theEndpointMustBeAnHttpUrlAndDaySecondsAPositiveNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> Main.eventEndpoint(new String[] {"--event-endpoint", "queue"}))
                .withMessageContaining("--event-endpoint");
        assertThat(Main.eventEndpoint(new String[] {"--event-endpoint", "https://hooks.example/s3"}))
                .contains(URI.create("https://hooks.example/s3"));
        Pail.Builder builder = Pail.builder();
        Main.parse(new String[] {"--day-seconds", "2"}, builder, System.out);
        assertThat(builder.build().dayLength()).isEqualTo(Duration.ofSeconds(2));
        assertThatIllegalArgumentException().isThrownBy(() -> Main.parse(new String[] {"--day-seconds", "0"}, Pail.builder(),
                System.out));
    }
}
