package dev.pail.it.clients;

import static dev.pail.it.clients.LargeObjects.SIZE;
import static dev.pail.verify.RequestPattern.getObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.verify.Times;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI ({@code aws s3 cp}) against a Pail started as the standalone server would be, in a
 * separate process that sees only the endpoint, the credentials and the region. The CLI uploads in
 * 8 MiB parts with a signed payload and an {@code x-amz-checksum-crc32} header per part, and
 * downloads with ranged GETs. Skipped where {@code aws} is not on the PATH.
 */
class AwsCliTest {

    static Pail pail;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(onPath("aws"), "the AWS CLI (aws) is not on the PATH");
        pail = Pail.builder().bucket("big").start();
    }

    @AfterAll
    static void stop() {
        if (pail != null) {
            pail.close();
        }
    }

    @BeforeEach
    void empty() {
        pail.reset();
    }

    @Test
    void copiesALargeFileUpInPartsAndDownInRanges() throws Exception {
        Path source = LargeObjects.write(dir.resolve("up.bin"), SIZE, 7);

        aws(null, null, "s3", "cp", source.toString(), "s3://big/cli/up.bin");

        StoredObjects.assertStoredInParts(pail, "big", "cli/up.bin", source);
        pail.resetRequests();
        Path down = dir.resolve("down.bin");
        aws(null, null, "s3", "cp", "s3://big/cli/up.bin", down.toString());
        LargeObjects.assertSameBytes(down, source);
        pail.verify(Times.atLeast(2), getObject("big", "cli/up.bin").withStatus(206)
                .withHeader("range", "a byte range", range -> range.startsWith("bytes=")));
    }

    @Test
    void streamsStandardInputUpInPartsAndTheObjectToStandardOutput() throws Exception {
        Path source = LargeObjects.write(dir.resolve("stdin.bin"), SIZE + 1, 8);

        aws(source, null, "s3", "cp", "-", "s3://big/cli/stdin.bin");

        StoredObjects.assertStoredInParts(pail, "big", "cli/stdin.bin", source);
        Path down = dir.resolve("stdout.bin");
        aws(null, down, "s3", "cp", "s3://big/cli/stdin.bin", "-");
        LargeObjects.assertSameBytes(down, source);
    }

    /** Runs {@code aws --endpoint-url <pail> ARGS}, isolated from any AWS configuration, and expects success. */
    private static void aws(Path stdin, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", pail.endpoint().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--no-progress", "--only-show-errors"));
        Path log = Files.createTempFile(dir, "aws", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.redirectInput(stdin != null ? ProcessBuilder.Redirect.from(stdin.toFile()) : ProcessBuilder.Redirect.PIPE);
        builder.redirectOutput(stdout != null ? stdout.toFile() : log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", pail.config().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", pail.config().secretAccessKey());
        env.put("AWS_DEFAULT_REGION", pail.region());
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.start();
        if (stdin == null) {
            process.getOutputStream().close();
        }
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("aws %s exited", command).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; it said: %s", command, Files.readString(log)).isZero();
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, executable)));
    }
}
