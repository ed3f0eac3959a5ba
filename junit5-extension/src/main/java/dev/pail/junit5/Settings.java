package dev.pail.junit5;

import dev.pail.Pail;
import dev.pail.PailConfig;
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
 */
record Settings(List<String> buckets, String region, int port, boolean strict, int bodyCaptureLimit,
                List<String> baseDomains) {

    static final Settings DEFAULTS = new Settings(List.of(), PailConfig.DEFAULT_REGION, 0, false,
            PailConfig.DEFAULT_BODY_CAPTURE_LIMIT, List.of());

    Settings {
        buckets = List.copyOf(buckets);
        baseDomains = List.copyOf(baseDomains);
    }

    static Settings from(PailTest annotation) {
        return new Settings(List.of(annotation.buckets()), annotation.region(), annotation.port(), annotation.strict(),
                annotation.bodyCaptureLimit(), List.of());
    }

    /** The server configuration these settings describe. */
    PailConfig config() {
        Pail.Builder builder = Pail.builder().region(region).port(port).bodyCaptureLimit(bodyCaptureLimit).buckets(buckets);
        baseDomains.forEach(builder::baseDomain);
        return builder.build();
    }
}
