package dev.pail.testng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.architecture.ApiDump;
import java.nio.file.Path;
import org.testng.annotations.Test;

/** The public API is pinned by a checked-in dump ({@code src/test/resources/api/pail-testng.api}). */
public class PublicApiTest {

    @Test
    public void thePublicApiIsTheCheckedInOne() throws Exception {
        assertThat(ApiDump.compare(ApiDump.of(PailListener.class), Path.of("src/test/resources/api/pail-testng.api"))).isEmpty();
    }
}
