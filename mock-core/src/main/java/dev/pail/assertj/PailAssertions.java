package dev.pail.assertj;

import dev.pail.recording.RecordedRequest;
import dev.pail.recording.RecordedRequests;
import java.util.List;

/**
 * AssertJ entry point for Pail's request journal. It extends AssertJ's {@code Assertions}, so one
 * static import serves both:
 *
 * <pre>{@code
 * import static dev.pail.assertj.PailAssertions.assertThat;
 *
 * assertThat(pail.requests()).containsOperationsExactly(CREATE_BUCKET, PUT_OBJECT);
 * assertThat(pail.requests()).singleMatching(putObject("photos", "cat.jpg")).hasStatus(200);
 * assertThat(pail.requests()).filteredOn(r -> r.status() >= 400).isEmpty();
 * }</pre>
 *
 * <p>AssertJ is an optional dependency of Pail: this class needs {@code org.assertj:assertj-core}.
 */
public class PailAssertions extends org.assertj.core.api.Assertions {

    /** Not instantiated; extend it to inherit the entry points. */
    protected PailAssertions() {
    }

    /** Assertions on the request journal ({@code pail.requests()}), with AssertJ's list assertions. */
    public static RecordedRequestsAssert assertThat(RecordedRequests requests) {
        return new RecordedRequestsAssert(requests);
    }

    /** Assertions on any list of recorded requests (a filtered one, say). */
    public static RecordedRequestsAssert assertThatRequests(List<RecordedRequest> requests) {
        return new RecordedRequestsAssert(requests);
    }

    /** Assertions on one recorded request. */
    public static RecordedRequestAssert assertThat(RecordedRequest request) {
        return new RecordedRequestAssert(request);
    }
}
