package dev.pail.internal.handler.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.ServerSideEncryptionConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketEncryptionTest {

    private final Store store = new Store();
    private final Bucket bucket = store.createBucket("b", "us-east-1", Instant.EPOCH);

    private void put(String rule) {
        String xml = "<ServerSideEncryptionConfiguration><Rule>" + rule + "</Rule></ServerSideEncryptionConfiguration>";
        ConfigurationKinds.ENCRYPTION.put(bucket, XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8),
                ServerSideEncryptionConfiguration.class), store);
    }

    @Test
    void aBucketWithoutConfigurationHasNoStoredDefaultAndEncryptsWithSseS3() {
        assertThat(BucketEncryption.defaults(bucket)).isEmpty();
        assertThat(BucketEncryption.effective(bucket))
                .isEqualTo(new BucketEncryption.EncryptionDefault("AES256", Optional.empty(), false));
    }

    @Test
    void theStoredDefaultCarriesTheKmsKeyAndTheBucketKey() {
        put("<ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm>"
                + "<KMSMasterKeyID>arn:aws:kms:us-east-1:1:key/k</KMSMasterKeyID></ApplyServerSideEncryptionByDefault>"
                + "<BucketKeyEnabled>true</BucketKeyEnabled>");

        BucketEncryption.EncryptionDefault expected = new BucketEncryption.EncryptionDefault("aws:kms",
                Optional.of("arn:aws:kms:us-east-1:1:key/k"), true);
        assertThat(BucketEncryption.defaults(bucket)).contains(expected);
        assertThat(BucketEncryption.effective(bucket)).isEqualTo(expected);
    }

    @Test
    void deletingTheConfigurationGoesBackToSseS3() {
        put("<ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms:dsse</SSEAlgorithm></ApplyServerSideEncryptionByDefault>");

        ConfigurationKinds.ENCRYPTION.delete(bucket);

        assertThat(BucketEncryption.defaults(bucket)).isEmpty();
        assertThat(BucketEncryption.effective(bucket)).isEqualTo(BucketEncryption.SSE_S3);
    }
}
