package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The HTTP Date of every response comes from the server's clock, which a test may have set. */
class DateHeaderTest {

    @Test
    void theDateHeaderFollowsTheConfiguredClock() throws Exception {
        Clock past = Clock.fixed(Instant.parse("2020-02-29T12:34:56Z"), ZoneOffset.UTC);
        try (Pail pail = Pail.builder().bucket("dated").clock(past).start()) {
            HttpResponse<String> ok = HttpClient.newHttpClient().send(HttpRequest.newBuilder(pail.endpoint()
                    .resolve("/dated")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> error = HttpClient.newHttpClient().send(HttpRequest.newBuilder(pail.endpoint()
                    .resolve("/dated/missing")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ok.headers().allValues("date")).containsExactly("Sat, 29 Feb 2020 12:34:56 GMT");
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.headers().allValues("date")).containsExactly("Sat, 29 Feb 2020 12:34:56 GMT");
        }
    }
}
