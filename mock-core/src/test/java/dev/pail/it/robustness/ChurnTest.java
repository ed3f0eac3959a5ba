package dev.pail.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writing, overwriting, copying and deleting many times the store's capacity never runs out of it
 * while the live data fits: every byte that stops being served is given back at once.
 */
class ChurnTest {

    static final long CAP = 2L << 20;

    private Pail pail;

    @BeforeEach
    void start() {
        pail = Pail.builder().bucket("churn").maxStoredBytes(CAP).start();
    }

    @AfterEach
    void stop() {
        pail.close();
    }

    @Test
    void twentyTimesTheCapacityThroughASmallStoreNeverFillsIt() {
        long written = new Churn(pail.client(), "churn", 8, 200 << 10, new Random(42)).run(20 * CAP);

        assertThat(written).isGreaterThanOrEqualTo(20 * CAP);
        S3Client s3 = pail.client();
        s3.listObjectsV2(b -> b.bucket("churn")).contents()
                .forEach(o -> s3.deleteObject(b -> b.bucket("churn").key(o.key())));
        s3.putObject(b -> b.bucket("churn").key("almost-all"), RequestBody.fromBytes(new byte[(int) (CAP * 9 / 10)]));
    }
}
