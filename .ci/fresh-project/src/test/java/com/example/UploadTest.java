package com.example;

import static dev.pail.assertj.PailAssertions.assertThat;
import static dev.pail.verify.RequestPattern.putObject;

import dev.pail.Pail;
import dev.pail.junit5.PailTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@PailTest(buckets = "photos")
class UploadTest {
    @Test
    void uploads(S3Client s3, Pail pail) {
        s3.putObject(b -> b.bucket("photos").key("cat.jpg").contentType("image/jpeg"), RequestBody.fromString("meow"));
        pail.verify(putObject("photos", "cat.jpg").withHeader("content-type", "image/jpeg"));
        assertThat(pail.awaitRequest(putObject("photos", "cat.jpg"), Duration.ofSeconds(1)).status()).isEqualTo(200);
    }
}
