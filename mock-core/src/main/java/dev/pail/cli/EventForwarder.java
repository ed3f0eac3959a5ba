package dev.pail.cli;

import dev.pail.events.S3Event;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each event notification of the standalone server to an HTTP endpoint, one POST per event in
 * the order they happened: the body is the message as S3 delivers it ({@link S3Event#json()}), with
 * {@code x-pail-event-name}, {@code x-pail-destination-type} and {@code x-pail-destination-arn}
 * saying what it is and where S3 would have sent it. A failed POST is logged and not retried.
 */
final class EventForwarder implements Consumer<S3Event> {

    private static final Logger LOG = LoggerFactory.getLogger(EventForwarder.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    EventForwarder(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint of {@code --event-endpoint}, checked: an absolute http or https URL. */
    static URI parse(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--event-endpoint must be an http or https URL: " + value);
        }
    }

    @Override
    public void accept(S3Event event) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("x-pail-event-name", event.eventName())
                .header("x-pail-destination-type", event.destinationType().name())
                .header("x-pail-destination-arn", event.destinationArn())
                .POST(HttpRequest.BodyPublishers.ofString(event.json())).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                LOG.warn("event endpoint {} answered {} to {}", endpoint, response.statusCode(), event);
            }
        } catch (IOException e) {
            LOG.warn("could not post {} to {}: {}", event, endpoint, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
