package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The SDK's default virtual-hosted-style addressing, with every bucket host name resolved to loopback. */
class VirtualHostIntegrationTest {

    @Test
    void theSdkInVirtualHostedStyleReachesTheBucketFromTheHostName() {
        try (Pail pail = Pail.builder().bucket("photos").start();
             S3Client s3 = S3Client.builder()
                     .endpointOverride(URI.create("http://localhost:" + pail.port()))
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                     .httpClientBuilder(ApacheHttpClient.builder()
                             .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}))
                     .build()) {
            var put = s3.putObject(b -> b.bucket("photos").key("dir/cat.jpg"), RequestBody.fromString("meow"));
            assertThat(put.sdkHttpResponse().isSuccessful()).isTrue();
            assertThat(s3.getObjectAsBytes(b -> b.bucket("photos").key("dir/cat.jpg")).asUtf8String()).isEqualTo("meow");
            assertThat(s3.headBucket(b -> b.bucket("photos")).bucketRegion()).isEqualTo("us-east-1");
            assertThat(pail.client().getObjectAsBytes(b -> b.bucket("photos").key("dir/cat.jpg")).asUtf8String())
                    .isEqualTo("meow");
        }
    }
}
