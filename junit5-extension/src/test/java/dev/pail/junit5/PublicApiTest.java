package dev.pail.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.architecture.ApiDump;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public API is pinned by a checked-in dump ({@code src/test/resources/api/pail-junit5.api}). */
class PublicApiTest {

    @Test
    void thePublicApiIsTheCheckedInOne() throws Exception {
        assertThat(ApiDump.compare(ApiDump.of(PailExtension.class), Path.of("src/test/resources/api/pail-junit5.api"))).isEmpty();
    }
}
