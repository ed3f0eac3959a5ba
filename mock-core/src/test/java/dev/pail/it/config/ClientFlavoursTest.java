package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Permission;

/**
 * A subset of the configuration operations through the async (Netty) client and the sync client
 * that sends checksums only where the model requires them, so every client configuration's
 * request framing and integrity headers reach the handlers intact.
 */
class ClientFlavoursTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();


    @ParameterizedTest(name = "whenRequired={0}")
    @ValueSource(booleans = {false, true})
    void corsAndLifecycleThroughTheAsyncClient(boolean whenRequired) {
        S3AsyncClient s3 = fixture.async(whenRequired);
        String bucket = fixture.bucket();
        CORSRule cors = CORSRule.builder().allowedMethods("GET").allowedOrigins("*").build();
        LifecycleRule lifecycle = LifecycleRule.builder().id("r").status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""))
                .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(1)).build();

        s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(cors))).join();
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(lifecycle))).join();

        assertThat(s3.getBucketCors(b -> b.bucket(bucket)).join().corsRules()).containsExactly(cors);
        assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).join().rules()).containsExactly(lifecycle);
        s3.deleteBucketCors(b -> b.bucket(bucket)).join();
        assertS3Error(() -> s3.getBucketCors(b -> b.bucket(bucket)).join(), 404, "NoSuchCORSConfiguration");
    }

    @ParameterizedTest(name = "whenRequired={0}")
    @ValueSource(booleans = {false, true})
    void policyAndAclThroughTheAsyncClient(boolean whenRequired) {
        S3AsyncClient s3 = fixture.async(whenRequired);
        String bucket = ConfigFixture.uniqueName();
        s3.createBucket(b -> b.bucket(bucket).objectOwnership(ObjectOwnership.OBJECT_WRITER)).join();
        s3.deletePublicAccessBlock(b -> b.bucket(bucket)).join();
        String policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";

        s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy)).join();
        s3.putBucketAcl(b -> b.bucket(bucket).grantReadACP("id=\"reader\"")).join();

        assertThat(s3.getBucketPolicy(b -> b.bucket(bucket)).join().policy()).isEqualTo(policy);
        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).join().policyStatus().isPublic()).isTrue();
        assertThat(s3.getBucketAcl(b -> b.bucket(bucket)).join().grants()).singleElement()
                .satisfies(g -> assertThat(g.permission()).isEqualTo(Permission.READ_ACP));
    }

    @ParameterizedTest(name = "whenRequired={0}")
    @ValueSource(booleans = {false, true})
    void encryptionThroughTheAsyncClient(boolean whenRequired) {
        S3AsyncClient s3 = fixture.async(whenRequired);
        String bucket = fixture.bucket();

        s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r -> r
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("aws:kms").kmsMasterKeyID("alias/k"))))).join();

        assertThat(s3.getBucketEncryption(b -> b.bucket(bucket)).join().serverSideEncryptionConfiguration().rules())
                .singleElement().satisfies(r -> assertThat(r.applyServerSideEncryptionByDefault().kmsMasterKeyID()).isEqualTo("alias/k"));
    }

    @ParameterizedTest(name = "whenRequired={0}")
    @ValueSource(booleans = {false, true})
    void operationsThatRequireAChecksumGetOneFromTheSyncClient(boolean whenRequired) {
        var s3 = whenRequired ? fixture.clientWhenRequired() : fixture.client();
        String bucket = fixture.bucket();

        s3.putBucketOwnershipControls(b -> b.bucket(bucket).ownershipControls(c -> c.rules(r -> r.objectOwnership(
                ObjectOwnership.BUCKET_OWNER_PREFERRED))));
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicAcls(false)));
        s3.putBucketRequestPayment(b -> b.bucket(bucket).requestPaymentConfiguration(c -> c.payer("Requester")));

        assertThat(s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules().get(0).objectOwnership())
                .isEqualTo(ObjectOwnership.BUCKET_OWNER_PREFERRED);
        assertThat(s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration().blockPublicAcls()).isFalse();
        assertThat(s3.getBucketRequestPayment(b -> b.bucket(bucket)).payerAsString()).isEqualTo("Requester");
    }
}
