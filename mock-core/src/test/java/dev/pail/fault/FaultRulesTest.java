package dev.pail.fault;

import static dev.pail.S3ErrorCode.INTERNAL_ERROR;
import static dev.pail.S3ErrorCode.SLOW_DOWN;
import static dev.pail.verify.RequestPattern.anyKey;
import static dev.pail.verify.RequestPattern.anyOperation;
import static dev.pail.verify.RequestPattern.getObject;
import static dev.pail.verify.RequestPattern.putObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.recording.RecordedRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** How often rules apply, which rule applies, and how the journal shows it; through the SDK, without retries. */
class FaultRulesTest {

    private static Pail pail;
    private static S3Client s3;

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("photos").start();
        s3 = FaultClients.notRetrying(pail);
    }

    @AfterAll
    static void stop() {
        s3.close();
        pail.close();
    }

    @BeforeEach
    void reset() {
        pail.reset();
        pail.seed().object("photos", "cat.jpg", "meow");
    }

    @Test
    void onceAppliesToTheNextMatchingRequestOnly() {
        FaultRule rule = pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(SLOW_DOWN)).once();

        assertThat(statuses(3)).containsExactly(503, 200, 200);
        assertThat(rule.timesApplied()).isEqualTo(1);
        assertThat(rule.timesMatched()).isEqualTo(3);
        assertThat(rule.isUsedUp()).isTrue();
        assertThat(rule.limit()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void timesAppliesToTheNextNMatchingRequests() {
        FaultRule rule = pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(SLOW_DOWN)).times(3);

        assertThat(statuses(5)).containsExactly(503, 503, 503, 200, 200);
        assertThat(rule.timesApplied()).isEqualTo(3);
    }

    @Test
    void alwaysNeverRunsOut() {
        FaultRule rule = pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(SLOW_DOWN)).always();

        assertThat(statuses(5)).containsOnly(503);
        assertThat(rule.isUsedUp()).isFalse();
        assertThat(rule.limit()).isEmpty();
    }

    @Test
    void afterMatchingLetsTheFirstNThroughThenAppliesToEveryLaterOne() {
        FaultRule rule = pail.when(getObject("photos", "cat.jpg")).fail(S3Fault.error(SLOW_DOWN)).afterMatching(2);

        assertThat(statuses(5)).containsExactly(200, 200, 503, 503, 503);
        assertThat(rule.skipped()).isEqualTo(2);
        assertThat(rule.timesApplied()).isEqualTo(3);
    }

    @Test
    void theFirstMatchingRuleThatIsNotUsedUpApplies() {
        pail.when(getObject("photos", "other.jpg")).fail(S3Fault.status(418)).always();
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);
        pail.when(anyOperation()).fail(S3Fault.error(INTERNAL_ERROR)).once();

        assertThat(statuses(4)).containsExactly(503, 503, 500, 200);
    }

    @Test
    void afterMatchingCountsRequestsThatAnEarlierRuleTook() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).once();
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(INTERNAL_ERROR)).afterMatching(2);

        assertThat(statuses(4)).containsExactly(503, 200, 500, 500);
    }

    @Test
    void rulesMatchHeadersAndQuery() {
        pail.when(putObject("photos", anyKey()).withHeader("content-type", "image/png")).fail(S3Fault.status(418)).always();

        s3.putObject(b -> b.bucket("photos").key("a.jpg").contentType("image/jpeg"), RequestBody.fromString("meow"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("photos").key("b.png").contentType("image/png"),
                RequestBody.fromString("meow"))).isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.statusCode()).isEqualTo(418));

        assertThat(pail.requests()).extracting(RecordedRequest::status).containsExactly(200, 418);
    }

    @Test
    void patternsThatCanOnlyBeJudgedAfterServingAreRefusedSayingWhy() {
        assertThatThrownBy(() -> pail.when(putObject("photos", anyKey()).withUtf8Body("meow")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body=\"meow\" can never match");
        assertThatThrownBy(() -> pail.when(getObject("photos", anyKey()).withStatus(404)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status=404");
        assertThatThrownBy(() -> pail.when(anyOperation().withErrorCode(SLOW_DOWN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error code=SlowDown");
        assertThat(statuses(1)).as("nothing was registered").containsExactly(200);
    }

    @Test
    void failAloneRegistersARuleThatAlwaysApplies() {
        FaultRule rule = pail.when(getObject("photos", anyKey())).fail(S3Fault.status(503));

        assertThat(statuses(3)).containsExactly(503, 503, 503);
        assertThat(rule.limit()).isEmpty();
        assertThat(rule.timesApplied()).isEqualTo(3);
    }

    @Test
    void theJournalShowsTheFaultOfEveryFaultedRequest() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).once();

        statuses(2);

        assertThat(pail.requests()).extracting(r -> r.fault().map(Object::toString).orElse(null)).containsExactly("SlowDown 503", null);
        assertThat(pail.requests().get(0)).hasToString("#1 GetObject GET /photos/cat.jpg -> 503 SlowDown [fault: SlowDown 503]");
        assertThat(pail.requests()).filteredOn(r -> r.fault().isPresent()).singleElement()
                .satisfies(r -> assertThat(r.errorCode()).hasValue(dev.pail.S3ErrorCode.SLOW_DOWN));
    }

    @Test
    void resetFaultsAndResetRemoveEveryRule() {
        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();
        pail.resetFaults();
        assertThat(statuses(1)).containsExactly(200);

        pail.when(getObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).always();
        pail.reset();
        pail.seed().object("photos", "cat.jpg", "meow");
        assertThat(statuses(1)).containsExactly(200);
    }

    @Test
    void aRuleDescribesItself() {
        FaultRule rule = pail.when(putObject("photos", anyKey())).fail(S3Fault.error(SLOW_DOWN)).times(2);

        assertThat(rule).hasToString("PutObject bucket=\"photos\" -> SlowDown 503, 2 times (applied 0)");
        assertThat(rule.pattern()).hasToString("PutObject bucket=\"photos\"");
        assertThat(rule.fault()).isEqualTo(S3Fault.error(SLOW_DOWN));
    }

    @Test
    void invalidCountsAreRejected() {
        FaultRule rule = pail.when(anyOperation()).fail(S3Fault.status(500)).once();
        assertThatThrownBy(() -> rule.times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.afterMatching(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(statuses(2)).as("the rule is as it was before the refused calls").containsExactly(500, 200);
    }

    @Test
    void inContractModeFaultRulesEndTheTestAsSkipped() {
        try (Pail remote = Pail.connect(URI.create("http://127.0.0.1:9"), Pail.builder().build())) {
            assertThatThrownBy(() -> remote.when(anyOperation())).isInstanceOf(org.opentest4j.TestAbortedException.class)
                    .hasMessageContaining("pail.when()");
            remote.resetFaults(); // nothing to reset there
        }
    }

    private static List<Integer> statuses(int requests) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            try {
                s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg"));
                out.add(200);
            } catch (S3Exception e) {
                out.add(e.statusCode());
            }
        }
        return out;
    }
}
