package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Presigned URLs (SigV4 in the query) are valid until the server's clock passes
 * {@code X-Amz-Date + X-Amz-Expires}: a test moves the clock instead of waiting.
 */
class PresignedUrlIntegrationTest {

    private final SettableClock clock = new SettableClock();
    private Pail pail;
    private RawHttp http;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("shared").user("bob", "bob/secret+=").clock(clock).start();
        SharedBuckets.shareWithEveryUser(pail, "shared");
        http = new RawHttp(pail.port());
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    private static String target(URL url) {
        return url.getPath() + "?" + url.getQuery();
    }

    private RecordedRequest last() {
        return pail.requests().get(pail.requests().size() - 1);
    }

    @Test
    void aPresignedGetWorksUntilTheServersClockPassesItsExpiry() {
        pail.seed().object("shared", "report.csv", "a,b".getBytes(StandardCharsets.UTF_8));
        URL url = pail.presignerFor("bob").presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(10))
                .getObjectRequest(g -> g.bucket("shared").key("report.csv"))).url();

        RawHttp.Response ok = http.send("GET", target(url));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text()).isEqualTo("a,b");
        assertThat(last().principal()).hasValue("bob");
        assertThat(last().authMethod()).isEqualTo(AuthMethod.SIGV4_PRESIGNED);

        clock.advance(Duration.ofMinutes(9));
        assertThat(http.send("GET", target(url)).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(61));
        RawHttp.Response expired = http.send("GET", target(url));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text()).contains("<Code>AccessDenied</Code>", "<Message>Request has expired</Message>",
                "<X-Amz-Expires>600</X-Amz-Expires>", "<Expires>", "<ServerTime>");
        assertThat(last().authDetail()).hasValueSatisfying(d -> assertThat(d).startsWith("expired "));
    }

    @Test
    void aPresignedPutWorksUntilItsExpiryAndThenStoresNothing() {
        URL url = pail.presignerFor("bob").presignPutObject(p -> p.signatureDuration(Duration.ofSeconds(30))
                .putObjectRequest(o -> o.bucket("shared").key("upload.txt"))).url();
        byte[] first = "first".getBytes(StandardCharsets.UTF_8);
        assertThat(http.send("PUT", target(url), Map.of(), first).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(31));
        RawHttp.Response expired = http.send("PUT", target(url), Map.of(), "second".getBytes(StandardCharsets.UTF_8));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text()).contains("Request has expired");
        assertThat(pail.client().getObjectAsBytes(g -> g.bucket("shared").key("upload.txt")).asByteArray())
                .isEqualTo(first);
    }

    @Test
    void aTamperedPresignedUrlIsSignatureDoesNotMatch() {
        pail.seed().object("shared", "a", new byte[1]);
        URL url = pail.presignerFor("bob").presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                .getObjectRequest(g -> g.bucket("shared").key("a"))).url();
        RawHttp.Response response = http.send("GET", target(url).replace("/shared/a?", "/shared/b?"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void expiresOutsideOneSecondToSevenDaysIsAuthorizationQueryParametersError() {
        URL url = pail.presigner().presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                .getObjectRequest(g -> g.bucket("shared").key("a"))).url();
        for (String bad : new String[] {"604801", "-1", "soon"}) {
            RawHttp.Response response = http.send("GET", target(url).replaceAll("X-Amz-Expires=\\d+", "X-Amz-Expires=" + bad));
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.text()).contains("<Code>AuthorizationQueryParametersError</Code>");
        }
        RawHttp.Response missing = http.send("GET", target(url).replaceAll("X-Amz-Credential=[^&]+&", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("<Code>AuthorizationQueryParametersError</Code>");
    }

    @Test
    void inLenientModeAnUnknownKeyIsServedAsTheDefaultUserAndTheJournalSaysSo() {
        pail.seed().object("shared", "a", new byte[1]);
        SignedRequests signer = new SignedRequests(pail.endpoint(), pail.region());
        RawHttp.Response response = signer.sign("GET", "/shared/a", "", Map.of(), new byte[0], "someone-else",
                "whatever", r -> { }).send(http);
        assertThat(response.status()).isEqualTo(200);
        assertThat(last().principal()).hasValue("pail");
        assertThat(last().authDetail()).hasValueSatisfying(d -> assertThat(d).contains("unknown access key id someone-else"));

        RawHttp.Response wrongSecret = signer.sign("GET", "/shared/a", "", Map.of(), new byte[0], "bob", "wrong",
                r -> { }).send(http);
        assertThat(wrongSecret.status()).isEqualTo(403);
    }
}
