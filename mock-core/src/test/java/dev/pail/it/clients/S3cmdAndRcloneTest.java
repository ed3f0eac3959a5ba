package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import dev.pail.S3Operation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s3cmd and rclone, unmodified, in their own processes against a Pail: copies between keys (s3cmd
 * sends {@code PUT ?acl} with a signed {@code x-amz-content-sha256} and no Content-MD5, which S3
 * accepts), uploads, listings and downloads. Each test is skipped where its client is not on the PATH.
 */
class S3cmdAndRcloneTest {

    @AutoClose
    static final Pail pail = Pail.builder().bucket("tools").start();
    @TempDir
    static Path dir;

    @Test
    void s3cmdPutsCopiesListsAndGets() throws Exception {
        Assumptions.assumeTrue(onPath("s3cmd"), "s3cmd is not on the PATH");
        Path config = dir.resolve("s3cfg");
        String host = pail.host() + ":" + pail.port();
        Files.writeString(config, "[default]\naccess_key = " + pail.config().accessKeyId() + "\nsecret_key = "
                + pail.config().secretAccessKey() + "\nhost_base = " + host + "\nhost_bucket = " + host
                + "\nuse_https = False\n");
        Path source = dir.resolve("a.txt");
        Files.writeString(source, "copied by s3cmd");

        run("s3cmd", "-c", config.toString(), "mb", "s3://made-by-s3cmd");
        run("s3cmd", "-c", config.toString(), "put", source.toString(), "s3://tools/a.txt");
        run("s3cmd", "-c", config.toString(), "cp", "s3://tools/a.txt", "s3://tools/b.txt");
        String listing = run("s3cmd", "-c", config.toString(), "ls", "s3://tools/");
        Path down = dir.resolve("b.txt");
        run("s3cmd", "-c", config.toString(), "get", "--force", "s3://tools/b.txt", down.toString());

        assertThat(listing).contains("s3://tools/a.txt", "s3://tools/b.txt");
        assertThat(Files.readString(down)).isEqualTo("copied by s3cmd");
        assertThat(pail.requests().ofOperation(S3Operation.PUT_OBJECT_ACL))
                .as("s3cmd's cp sets the ACL of the copy").isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void rcloneCopiesUpAndDown() throws Exception {
        Assumptions.assumeTrue(onPath("rclone"), "rclone is not on the PATH");
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("one.txt"), "one");
        Files.writeString(dir.resolve("tree/two.txt"), "two");
        String remote = "pail:";
        run("rclone", "copy", "--retries", "1", dir.resolve("tree").toString(), remote + "tools/rc");
        run("rclone", "copy", "--retries", "1", remote + "tools/rc", dir.resolve("back").toString());

        assertThat(Files.readString(dir.resolve("back/sub/one.txt"))).isEqualTo("one");
        assertThat(Files.readString(dir.resolve("back/two.txt"))).isEqualTo("two");
        assertThat(run("rclone", "lsf", "-R", remote + "tools/rc")).contains("sub/one.txt", "two.txt");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("RCLONE_"));
        builder.environment().put("RCLONE_CONFIG", "/dev/null");
        builder.environment().put("RCLONE_CONFIG_PAIL_TYPE", "s3");
        builder.environment().put("RCLONE_CONFIG_PAIL_PROVIDER", "Other");
        builder.environment().put("RCLONE_CONFIG_PAIL_ACCESS_KEY_ID", pail.config().accessKeyId());
        builder.environment().put("RCLONE_CONFIG_PAIL_SECRET_ACCESS_KEY", pail.config().secretAccessKey());
        builder.environment().put("RCLONE_CONFIG_PAIL_ENDPOINT", pail.endpoint().toString());
        builder.environment().put("RCLONE_CONFIG_PAIL_REGION", pail.region());
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(exited).as("%s exited", List.of(command)).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; it said: %s", List.of(command), output).isZero();
        return output;
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, executable)));
    }
}
