package dev.pail.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API is pinned by a checked-in dump ({@code src/test/resources/api/pail-core.api}) and kept small. */
class PublicApiTest {

    @Test
    void thePublicApiIsTheCheckedInOne() throws Exception {
        String dump = ApiDump.of(Pail.class);
        assertThat(ApiDump.compare(dump, Path.of("src/test/resources/api/pail-core.api"))).isEmpty();
    }

    @Test
    void thePublicApiStaysSmall() throws Exception {
        // 27 before authentication, which added Authentication, User (and its Builder) and AuthMethod; then
        // BucketDefaults, PailClock, and the event notifications' types
        assertThat(ApiDump.publicTypes(ApiDump.of(Pail.class))).isLessThanOrEqualTo(38);
    }
}
