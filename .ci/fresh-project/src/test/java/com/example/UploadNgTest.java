package com.example;

import static dev.pail.verify.RequestPattern.putObject;

import dev.pail.Pail;
import dev.pail.testng.PailInject;
import dev.pail.testng.PailListener;
import dev.pail.testng.PailTest;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@Listeners(PailListener.class)
@PailTest(buckets = "photos")
public class UploadNgTest {
    @PailInject S3Client s3;
    @PailInject Pail pail;

    @Test
    public void uploads() {
        s3.putObject(b -> b.bucket("photos").key("dog.jpg"), RequestBody.fromString("woof"));
        pail.verify(putObject("photos", "dog.jpg"));
    }
}
