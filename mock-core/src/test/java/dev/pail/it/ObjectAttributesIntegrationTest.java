package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.GetObjectAttributesResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.StorageClass;

class ObjectAttributesIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void returnsTheAttributesAskedFor(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        String etag = s3.putObject(b -> b.bucket(bucket).key("k").checksumAlgorithm(ChecksumAlgorithm.CRC32)
                .storageClass(StorageClass.GLACIER_IR), RequestBody.fromString("123456789")).eTag();

        GetObjectAttributesResponse all = s3.getObjectAttributes(b -> b.bucket(bucket).key("k").objectAttributes(
                ObjectAttributes.E_TAG, ObjectAttributes.CHECKSUM, ObjectAttributes.OBJECT_SIZE, ObjectAttributes.STORAGE_CLASS,
                ObjectAttributes.OBJECT_PARTS));
        assertThat('"' + all.eTag() + '"').isEqualTo(etag);
        assertThat(all.checksum().checksumCRC32()).isEqualTo("y/Q5Jg==");
        assertThat(all.checksum().checksumTypeAsString()).isEqualTo("FULL_OBJECT");
        assertThat(all.objectSize()).isEqualTo(9);
        assertThat(all.storageClass()).isEqualTo(StorageClass.GLACIER_IR);
        assertThat(all.objectParts()).isNull();
        assertThat(all.lastModified()).isNotNull();

        GetObjectAttributesResponse some = s3.getObjectAttributes(b -> b.bucket(bucket).key("k")
                .objectAttributes(ObjectAttributes.OBJECT_SIZE));
        assertThat(some.objectSize()).isEqualTo(9);
        assertThat(some.eTag()).isNull();
        assertThat(some.checksum()).isNull();

        assertThatThrownBy(() -> s3.getObjectAttributes(b -> b.bucket(bucket).key("missing")
                .objectAttributes(ObjectAttributes.E_TAG))).isInstanceOf(NoSuchKeyException.class);
    }
}
