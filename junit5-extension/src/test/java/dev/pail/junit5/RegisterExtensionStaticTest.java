package dev.pail.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

class RegisterExtensionStaticTest {

    @RegisterExtension
    static PailExtension pail = PailExtension.builder().bucket("reports").region("eu-central-1").build();

    static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();

    @RepeatedTest(3)
    void aStaticFieldGivesOneServerPerClass(S3Client s3, Pail server) {
        PORTS.add(server.port());
        assertThat(pail.pail()).isSameAs(server);
        assertThat(pail.client()).isSameAs(s3);
        assertThat(pail.endpoint()).isEqualTo(server.endpoint());
        assertThat(s3.headBucket(b -> b.bucket("reports")).bucketRegion()).isEqualTo("eu-central-1");
    }

    @AfterAll
    static void onePort() {
        assertThat(PORTS).hasSize(1);
    }
}
