package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Pail;
import dev.pail.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Each user is its own account: it owns the buckets it creates and lists only those. */
class UsersAndAccountsIntegrationTest {

    static Pail pail;
    static final User CAROL = User.builder("carol", "carol-secret").displayName("Carol $ Co").email("carol@example.com")
            .build();

    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("default-owned").user("alice", "alice-secret").user(CAROL).start();
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @Test
    void theDefaultUserOwnsTheStartUpBucketsAndEachUserListsItsOwn() {
        pail.clientFor("alice").createBucket(b -> b.bucket("alices-bucket"));

        assertThat(pail.client().listBuckets().buckets()).extracting(Bucket::name).contains("default-owned")
                .doesNotContain("alices-bucket");
        var aliceList = pail.clientFor("alice").listBuckets();
        assertThat(aliceList.buckets()).extracting(Bucket::name).containsExactly("alices-bucket");
        User alice = pail.config().user("alice").orElseThrow();
        assertThat(aliceList.owner().id()).isEqualTo(alice.canonicalId());
        assertThat(pail.clientFor("alice").getBucketAcl(b -> b.bucket("alices-bucket")).owner().id())
                .isEqualTo(alice.canonicalId());
        assertThat(pail.client().getBucketAcl(b -> b.bucket("default-owned")).owner().id())
                .isEqualTo(User.DEFAULT_CANONICAL_ID);
    }

    @Test
    void aBucketNameTakenByAnotherAccountIsBucketAlreadyExists() {
        pail.clientFor("carol").createBucket(b -> b.bucket("carols-bucket"));
        assertThatThrownBy(() -> pail.client().createBucket(b -> b.bucket("carols-bucket")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketAlreadyExists");
                });
        assertThat(pail.clientFor("carol").listBuckets().owner().displayName()).isEqualTo("Carol $ Co");
    }

    @Test
    void anUnknownUserHasNoClient() {
        assertThatThrownBy(() -> pail.clientFor("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody").hasMessageContaining("alice");
    }

    @Test
    void derivedIdentitiesAreStableAndDistinct() {
        User alice = User.of("alice", "x");
        assertThat(alice.canonicalId()).hasSize(64).isEqualTo(User.of("alice", "y").canonicalId())
                .isNotEqualTo(User.of("bob", "x").canonicalId());
        assertThat(alice.accountId()).matches("[0-9]{12}");
        assertThat(User.defaultUser().accountId()).isEqualTo(User.DEFAULT_ACCOUNT_ID);
    }
}
