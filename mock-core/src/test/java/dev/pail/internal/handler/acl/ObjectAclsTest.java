package dev.pail.internal.handler.acl;

import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.config.ConfigurationKinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.Store;
import dev.pail.internal.store.WriteCondition;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.OwnershipControls;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The helpers object writes use to honour ACL headers. */
class ObjectAclsTest {

    private final Store store = new Store();
    private final HandlerContext context = HandlerContext.of(store, Clock.systemUTC(), "us-east-1");
    private final Bucket bucket = store.createBucket("b", "us-east-1", Instant.EPOCH);

    private ObjectVersion write(String key, Instant when) {
        return bucket.put(key, new ObjectDraft(Blob.EMPTY, "\"etag\"", ObjectMetadata.defaults(), Optional.empty(), List.of()),
                WriteCondition.NONE, when);
    }

    @Test
    void aWriteWithoutAclHeadersAsksForNone() {
        assertThat(ObjectAcls.requested(Headers.empty(), bucket, context, dev.pail.User.defaultUser())).isEmpty();
    }

    @Test
    void underBucketOwnerEnforcedOnlyOwnerFullControlIsAccepted() {
        Headers fullControl = Headers.builder().add("x-amz-acl", "bucket-owner-full-control").build();
        Headers publicRead = Headers.builder().add("x-amz-acl", "public-read").build();

        assertThat(ObjectAcls.requested(fullControl, bucket, context, dev.pail.User.defaultUser())).isPresent();
        assertThatThrownBy(() -> ObjectAcls.requested(publicRead, bucket, context, dev.pail.User.defaultUser())).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_CONTROL_LIST_NOT_SUPPORTED));
    }

    @Test
    void anAclStoredOnAVersionIsReadBackUntilTheVersionIsReplaced() {
        ConfigurationKinds.OWNERSHIP.put(bucket, new OwnershipControls("ObjectWriter"), store);
        Headers grant = Headers.builder().add("x-amz-grant-read", "id=\"reader\"").build();
        AccessControlPolicy acl = ObjectAcls.requested(grant, bucket, context, dev.pail.User.defaultUser()).orElseThrow();
        ObjectVersion version = write("k", Instant.EPOCH);

        ObjectAcls.put(bucket, version, acl);

        assertThat(ObjectAcls.get(bucket, version, new dev.pail.internal.xml.Owner("owner-id", "owner")).grants)
                .singleElement().satisfies(g -> assertThat(g.grantee().orElseThrow().id()).isEqualTo("reader"));
        ObjectVersion replaced = write("k", Instant.EPOCH.plusSeconds(1));
        assertThat(ObjectAcls.get(bucket, replaced, new dev.pail.internal.xml.Owner("owner-id", "owner")).grants)
                .singleElement().satisfies(g -> assertThat(g.grantee().orElseThrow().id()).isEqualTo("owner-id"));
    }
}
