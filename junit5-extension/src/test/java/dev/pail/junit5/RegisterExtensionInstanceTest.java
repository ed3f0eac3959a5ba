package dev.pail.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

class RegisterExtensionInstanceTest {

    @RegisterExtension
    PailExtension pail = PailExtension.builder().bucket("scratch").build();

    static final Set<Pail> SERVERS = ConcurrentHashMap.newKeySet();

    @RepeatedTest(3)
    void anInstanceFieldGivesOneServerPerTest(Pail server) {
        SERVERS.add(server);
        assertThat(pail.pail()).isSameAs(server);
        assertThat(server.requests()).isEmpty();
        pail.client().putObject(b -> b.bucket("scratch").key("k"), RequestBody.fromString("v"));
    }

    @AfterAll
    static void aServerPerTestAndEachClosedAfterIt() {
        assertThat(SERVERS).hasSize(3);
        for (Pail server : SERVERS) {
            assertThat(server.toString()).isEqualTo("Pail[closed]");
        }
    }
}
