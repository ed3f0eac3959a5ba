package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.fault.Latency;
import java.util.List;

/**
 * The extension's configuration, from {@link PailTest} or {@link PailExtension.Builder}.
 *
 * @param buckets          buckets present, empty, before every test
 * @param region           the region
 * @param port             the port (0: a free one)
 * @param strict           whether 500 and 501 answers fail the test
 * @param bodyCaptureLimit journal body capture limit
 * @param baseDomains      extra base domains for virtual-hosted-style requests
 * @param latency          the delay before every request
 */
record Settings(List<String> buckets, String region, int port, boolean strict, int bodyCaptureLimit,
                List<String> baseDomains, Latency latency) {

    static final Settings DEFAULTS = new Settings(List.of(), PailConfig.DEFAULT_REGION, 0, false,
            PailConfig.DEFAULT_BODY_CAPTURE_LIMIT, List.of(), Latency.none());

    Settings {
        buckets = List.copyOf(buckets);
        baseDomains = List.copyOf(baseDomains);
    }

    static Settings from(PailTest annotation) {
        return new Settings(List.of(annotation.buckets()), annotation.region(), annotation.port(), annotation.strict(),
                annotation.bodyCaptureLimit(), List.of(),
                Latency.ofMillis(annotation.latencyMillis(), annotation.latencyJitterMillis(), annotation.latencySeed()));
    }

    /** The server configuration these settings describe. */
    PailConfig config() {
        Pail.Builder builder = Pail.builder().region(region).port(port).bodyCaptureLimit(bodyCaptureLimit).buckets(buckets)
                .latency(latency);
        baseDomains.forEach(builder::baseDomain);
        return builder.build();
    }
}
