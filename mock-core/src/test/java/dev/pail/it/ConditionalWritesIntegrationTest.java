package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class ConditionalWritesIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void ifNoneMatchStarRefusesToOverwrite(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        s3.putObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*"), RequestBody.fromString("first"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*"), RequestBody.fromString("second")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(412);
                    assertThat(Fixture.code(e)).isEqualTo("PreconditionFailed");
                });
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("first");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void ifMatchWritesOnlyOverTheExpectedVersion(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v1")).eTag();
        s3.putObject(b -> b.bucket(bucket).key("k").ifMatch(etag), RequestBody.fromString("v2"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("k").ifMatch(etag), RequestBody.fromString("v3")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String()).isEqualTo("v2");
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(bucket).key("absent").ifMatch(etag), RequestBody.fromString("v")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(Fixture.code(e)).isEqualTo("NoSuchKey");
                });
    }

    @Test
    void whenManyClientsRaceToCreateOneKeyExactlyOneWins() throws Exception {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        int racers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String body = "racer-" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    s3.putObject(b -> b.bucket(bucket).key("contested").ifNoneMatch("*"), RequestBody.fromString(body));
                    return 200;
                } catch (S3Exception e) {
                    return e.statusCode();
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).hasSize(racers - 1).allMatch(s -> s == 412);
        int winner = -1;
        for (int i = 0; i < racers; i++) {
            if (statuses.get(i) == 200) {
                winner = i;
            }
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("contested")).asUtf8String()).isEqualTo("racer-" + winner);
    }
}
