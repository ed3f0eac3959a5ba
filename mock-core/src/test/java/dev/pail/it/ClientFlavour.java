package dev.pail.it;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The client configurations every integration test runs under: the sync (Apache) and async (Netty)
 * SDK v2 clients, each with the SDK's default checksum behaviour (aws-chunked uploads with trailing
 * CRC32) and with {@code requestChecksumCalculation(WHEN_REQUIRED)}.
 */
enum ClientFlavour {
    SYNC_DEFAULT,
    SYNC_WHEN_REQUIRED,
    ASYNC_DEFAULT,
    ASYNC_WHEN_REQUIRED;

    /** Builds a client of this flavour for a server; the caller closes it. */
    S3Client create(Pail pail) {
        return switch (this) {
            case SYNC_DEFAULT -> PailClients.s3Builder(pail.endpoint(), pail.config()).build();
            case SYNC_WHEN_REQUIRED -> PailClients.s3Builder(pail.endpoint(), pail.config())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build();
            case ASYNC_DEFAULT -> new AsyncAsSync(PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).build());
            case ASYNC_WHEN_REQUIRED -> new AsyncAsSync(PailClients.s3AsyncBuilder(pail.endpoint(), pail.config())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build());
        };
    }
}
