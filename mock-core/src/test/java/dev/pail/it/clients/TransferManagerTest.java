package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.MIB;
import static dev.pail.it.clients.LargeObjects.SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.client.PailClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedDirectoryDownload;
import software.amazon.awssdk.transfer.s3.model.CompletedDirectoryUpload;
import software.amazon.awssdk.transfer.s3.model.FileDownload;

/**
 * {@link S3TransferManager} over each client it supports, unmodified: a file and a directory tree
 * up and down, with a {@link Progress} listener on every transfer.
 */
class TransferManagerTest {

    private static final Duration LISTENER_WAIT = Duration.ofSeconds(30);

    /** The S3 clients a transfer manager can run on. */
    enum Engine {
        CRT,
        MULTIPART_ASYNC;

        S3AsyncClient client(Pail pail) {
            return this == CRT ? CrtClientTest.crtClient(pail)
                    : PailClients.s3AsyncBuilder(pail.endpoint(), pail.config()).multipartEnabled(true).build();
        }

        /**
         * Whether downloads to a file report {@code transferComplete}. With the Java multipart client,
         * SDK 2.40.2 downloads a file in parallel parts and never calls the listener's
         * {@code transferComplete} (its non-serial download path never completes the progress
         * updater's end-of-stream future), although the download itself completes.
         */
        boolean reportsDownloadCompletion() {
            return this == CRT;
        }

        /**
         * Whether this client can download an empty object to a file. SDK 2.40.2's Java multipart
         * client cannot: it needs a Content-Range on the first part, which S3 (and Pail) do not send
         * for an empty object ("Content range header is missing"; fixed in the SDK in 2.40.14).
         */
        boolean downloadsEmptyObjects() {
            return this == CRT;
        }
    }

    @AutoClose
    static final Pail pail = Pail.builder().bucket("big").start();
    @TempDir
    Path dir;

    @BeforeEach
    void empty() {
        pail.reset();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void uploadsAndDownloadsAFileReportingProgress(Engine engine) throws Exception {
        Path source = LargeObjects.write(dir.resolve("up.bin"), SIZE, 3);
        try (S3AsyncClient s3 = engine.client(pail); S3TransferManager tm = S3TransferManager.builder().s3Client(s3).build()) {
            Progress up = new Progress(1);
            tm.uploadFile(b -> b.source(source).addTransferListener(up)
                    .putObjectRequest(p -> p.bucket("big").key("file"))).completionFuture().join();

            assertThat(up.awaitFinished(LISTENER_WAIT)).as("upload listener told of the end").isTrue();
            assertThat(up.initiated).hasValue(1);
            assertThat(up.completed).hasValue(1);
            assertThat(up.bytesTransferred()).isEqualTo(SIZE);
            assertThat(up.totalBytes()).isEqualTo(SIZE);
            StoredObjects.assertStoredInParts(pail, "big", "file", source);

            Path down = dir.resolve("down.bin");
            Progress progress = new Progress(1);
            FileDownload download = tm.downloadFile(b -> b.destination(down).addTransferListener(progress)
                    .getObjectRequest(g -> g.bucket("big").key("file")));
            download.completionFuture().join();

            LargeObjects.assertSameBytes(down, source);
            assertThat(progress.initiated).hasValue(1);
            assertThat(download.progress().snapshot().transferredBytes()).isEqualTo(SIZE);
            assertThat(progress.bytesTransferred()).isEqualTo(SIZE);
            assertThat(progress.totalBytes()).isEqualTo(SIZE);
            if (engine.reportsDownloadCompletion()) {
                assertThat(progress.awaitFinished(LISTENER_WAIT)).as("download listener told of the end").isTrue();
                assertThat(progress.completed).hasValue(1);
            }
            assertThat(progress.failed).hasValue(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void uploadsAndDownloadsADirectoryTree(Engine engine) throws Exception {
        Path tree = dir.resolve("tree");
        LargeObjects.write(tree.resolve("a/big.bin"), 24L * MIB, 4);
        LargeObjects.write(tree.resolve("a/b/c/small.txt"), 10_000, 5);
        LargeObjects.write(tree.resolve("top.bin"), MIB, 6);
        Files.createFile(tree.resolve("a/b/empty"));
        List<Path> files = files(tree);
        long total = files.stream().mapToLong(LargeObjects::size).sum();
        List<Path> downloadable = files.stream()
                .filter(file -> engine.downloadsEmptyObjects() || LargeObjects.size(file) > 0).toList();

        try (S3AsyncClient s3 = engine.client(pail); S3TransferManager tm = S3TransferManager.builder().s3Client(s3).build()) {
            Progress up = new Progress(files.size());
            CompletedDirectoryUpload uploaded = tm.uploadDirectory(b -> b.source(tree).bucket("big").s3Prefix("tree")
                    .uploadFileRequestTransformer(f -> f.addTransferListener(up))).completionFuture().join();

            assertThat(uploaded.failedTransfers()).isEmpty();
            assertThat(up.awaitFinished(LISTENER_WAIT)).isTrue();
            assertThat(up.initiated).hasValue(files.size());
            assertThat(up.completed).hasValue(files.size());
            assertThat(up.bytesTransferred()).isEqualTo(total);
            StoredObjects.assertStoredInParts(pail, "big", "tree/a/big.bin", tree.resolve("a/big.bin"));

            Path out = dir.resolve("out");
            Progress down = new Progress(downloadable.size());
            CompletedDirectoryDownload downloaded = tm.downloadDirectory(b -> b.destination(out).bucket("big")
                    .listObjectsV2RequestTransformer(l -> l.prefix("tree/"))
                    .filter(object -> engine.downloadsEmptyObjects() || object.size() > 0)
                    .downloadFileRequestTransformer(f -> f.addTransferListener(down))).completionFuture().join();

            assertThat(downloaded.failedTransfers()).isEmpty();
            for (Path file : downloadable) {
                LargeObjects.assertSameBytes(out.resolve(tree.relativize(file).toString()), file);
            }
            assertThat(files(out)).hasSameSizeAs(downloadable);
            assertThat(down.initiated).hasValue(downloadable.size());
            assertThat(down.bytesTransferred()).isEqualTo(total);
            if (engine.reportsDownloadCompletion()) {
                assertThat(down.awaitFinished(LISTENER_WAIT)).isTrue();
                assertThat(down.completed).hasValue(downloadable.size());
            }
            assertThat(down.failed).hasValue(0);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
