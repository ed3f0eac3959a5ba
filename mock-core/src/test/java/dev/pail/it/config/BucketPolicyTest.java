package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

class BucketPolicyTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    private static String policy(String bucket, String principal, String extra) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Principal\":"
                + principal + ",\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"" + extra + "}]}";
    }

    /** A bucket whose Block Public Access settings (on by default) no longer block public policies. */
    private static String openBucket() {
        String bucket = fixture.bucket();
        fixture.client().deletePublicAccessBlock(b -> b.bucket(bucket));
        return bucket;
    }

    @Test
    void putGetDeleteRoundTripsThePolicyAsJson() throws Exception {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String policy = policy(bucket, "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "");

        assertThat(s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy)).sdkHttpResponse().statusCode()).isEqualTo(200);

        assertThat(s3.getBucketPolicy(b -> b.bucket(bucket)).policy()).isEqualTo(policy);
        assertThat(fixture.raw("GET", "/" + bucket + "?policy", null).headers().firstValue("content-type"))
                .hasValue("application/json");
        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic()).isFalse();

        assertThat(s3.deleteBucketPolicy(b -> b.bucket(bucket)).sdkHttpResponse().statusCode()).isEqualTo(204);
        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(bucket)), 404, "NoSuchBucketPolicy");
        assertS3Error(() -> s3.getBucketPolicyStatus(b -> b.bucket(bucket)), 404, "NoSuchBucketPolicy");
    }

    @Test
    void aPolicyAllowingEveryoneWithoutConditionIsPublic() {
        S3Client s3 = fixture.client();
        String star = openBucket();
        String aws = openBucket();
        String conditional = openBucket();

        s3.putBucketPolicy(b -> b.bucket(star).policy(policy(star, "\"*\"", "")));
        s3.putBucketPolicy(b -> b.bucket(aws).policy(policy(aws, "{\"AWS\":[\"*\"]}", "")));
        s3.putBucketPolicy(b -> b.bucket(conditional).policy(policy(conditional, "\"*\"",
                ",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}")));

        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(star)).policyStatus().isPublic()).isTrue();
        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(aws)).policyStatus().isPublic()).isTrue();
        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(conditional)).policyStatus().isPublic()).isFalse();
    }

    @Test
    void newBucketsBlockPublicPoliciesUntilBlockPublicAccessIsLifted() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy(bucket, "\"*\"", ""))), 403, "AccessDenied");

        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicPolicy(false)));
        s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy(bucket, "\"*\"", "")));
        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic()).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedPolicy() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("not json")), 400, "MalformedPolicy",
                e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Policies must be valid JSON and the first byte must be '{'"));
        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Statement\":[")), 400, "MalformedPolicy");
        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(bucket)), 404, "NoSuchBucketPolicy");
    }

    @Test
    void statementsAreChecked() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String otherBucket = policy("someone-elses-bucket", "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "");
        String badEffect = policy(bucket, "{\"AWS\":\"x\"}", "").replace("\"Allow\"", "\"Maybe\"");
        String badAction = policy(bucket, "{\"AWS\":\"x\"}", "").replace("s3:GetObject", "ec2:RunInstances");

        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\"}")),
                400, "MalformedPolicy", e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Missing required field Statement"));
        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(otherBucket)), 400, "MalformedPolicy",
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Policy has invalid resource"));
        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(badEffect)), 400, "MalformedPolicy",
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid effect: Maybe"));
        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(badAction)), 400, "MalformedPolicy",
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Policy has invalid action"));
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        S3Client s3 = fixture.client();
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> s3.putBucketPolicy(b -> b.bucket(missing).policy(policy(missing, "\"*\"", ""))), 404, "NoSuchBucket");
        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(missing)), 404, "NoSuchBucket");
        assertS3Error(() -> s3.getBucketPolicyStatus(b -> b.bucket(missing)), 404, "NoSuchBucket");
        assertS3Error(() -> s3.deleteBucketPolicy(b -> b.bucket(missing)), 404, "NoSuchBucket");
    }
}
