package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.S3ErrorCode;
import dev.pail.it.SharedBuckets;
import dev.pail.it.clients.Tools.Outcome;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STRICT authentication with two configured users: the AWS CLI, boto3 (SigV4 and the old {@code s3}
 * signature), s3cmd (SigV4 and {@code signature_v2 = True}) and rclone, unmodified, work for their own
 * user and are refused with a wrong secret. Each test is skipped where its client is missing.
 */
class StrictAuthenticationClientsTest {

    static final String ALICE = "alice";
    static final String ALICE_SECRET = "alice/se+cret=";
    static final String BOB = "bob";
    static final String BOB_SECRET = "bob+secret/2==";

    static Pail pail;
    @TempDir
    static Path dir;


    @BeforeAll
    static void start() {
        pail = Pail.builder().bucket("tools").user(ALICE, ALICE_SECRET).user(BOB, BOB_SECRET)
                .authentication(Authentication.STRICT).start();
    }

    @AfterAll
    static void stop() {
        pail.close();
    }

    @BeforeEach
    void reset() {
        pail.reset();
        SharedBuckets.shareWithEveryUser(pail, "tools");
        pail.resetRequests();
    }

    @Test
    void theAwsCliWorksForItsUserAndIsRefusedWithAWrongSecret() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("aws"), "aws is not on the PATH");
        Path file = Files.writeString(dir.resolve("cli.txt"), "from the cli");
        assertSucceeded(aws(ALICE_SECRET, "s3", "cp", file.toString(), "s3://tools/cli.txt"));
        assertThat(aws(ALICE_SECRET, "s3", "ls", "s3://tools/").output()).contains("cli.txt");
        assertSucceeded(aws(ALICE_SECRET, "s3", "cp", "s3://tools/cli.txt", dir.resolve("cli-back.txt").toString()));
        assertThat(Files.readString(dir.resolve("cli-back.txt"))).isEqualTo("from the cli");
        assertThat(pail.requests()).allSatisfy(r -> assertThat(r.principal()).hasValue(ALICE));

        Outcome wrong = aws("not-" + ALICE_SECRET, "s3", "ls", "s3://tools/");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.output()).contains("SignatureDoesNotMatch");
    }

    @Test
    void boto3WorksWithSigV4AndTheOldS3SignatureIncludingPresignedUrls() throws Exception {
        Assumptions.assumeTrue(run(List.of("python3", "-c", "import boto3"), Map.of()).exit() == 0, "no boto3");
        for (String version : new String[] {"s3v4", "s3"}) {
            Outcome ok = boto3(BOB, BOB_SECRET, version);
            assertSucceeded(ok);
            assertThat(ok.output()).contains("got: hello from boto3", "presigned: hello from boto3", "listed: 1");
            Outcome wrong = boto3(BOB, "wrong", version);
            assertThat(wrong.exit()).isNotZero();
            assertThat(wrong.output()).contains("SignatureDoesNotMatch");
        }
        assertThat(pail.requests()).extracting(RecordedRequest::authMethod)
                .contains(AuthMethod.SIGV2_HEADER, AuthMethod.SIGV2_PRESIGNED, AuthMethod.SIGV4_PRESIGNED);
    }

    @Test
    void s3cmdWorksWithSigV4AndSigV2() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("s3cmd"), "s3cmd is not on the PATH");
        Path source = Files.writeString(dir.resolve("s3cmd.txt"), "from s3cmd");
        for (boolean v2 : new boolean[] {false, true}) {
            Path config = s3cmdConfig(BOB_SECRET, v2);
            assertSucceeded(run(List.of("s3cmd", "-c", config.toString(), "put", source.toString(),
                    "s3://tools/s3cmd-" + v2 + ".txt"), Map.of()));
            assertThat(run(List.of("s3cmd", "-c", config.toString(), "ls", "s3://tools/"), Map.of()).output())
                    .contains("s3cmd-" + v2 + ".txt");
            Outcome wrong = run(List.of("s3cmd", "-c", s3cmdConfig("wrong", v2).toString(), "ls", "s3://tools/"),
                    Map.of());
            assertThat(wrong.exit()).as(wrong.output()).isNotZero();
        }
        assertThat(pail.requests().stream().filter(RecordedRequest::succeeded))
                .allSatisfy(r -> assertThat(r.principal()).hasValue(BOB));
        assertThat(pail.requests()).extracting(RecordedRequest::authMethod).contains(AuthMethod.SIGV2_HEADER);
        assertThat(pail.requests()).extracting(r -> r.errorCode().orElse(null)).contains(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
    }

    @Test
    void rcloneWorksForItsUserAndIsRefusedWithAWrongSecret() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("rclone"), "rclone is not on the PATH");
        Path tree = Files.createDirectories(dir.resolve("rtree"));
        Files.writeString(tree.resolve("one.txt"), "one");
        assertSucceeded(rclone(ALICE_SECRET, "copy", tree.toString(), "pail:tools/rc"));
        assertThat(rclone(ALICE_SECRET, "lsf", "pail:tools/rc").output()).contains("one.txt");
        Outcome wrong = rclone("wrong", "lsf", "pail:tools/rc");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.output()).contains("SignatureDoesNotMatch");
    }

    private static Outcome aws(String secret, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", pail.endpoint().toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("AWS_ACCESS_KEY_ID", ALICE, "AWS_SECRET_ACCESS_KEY", secret,
                "AWS_DEFAULT_REGION", pail.region(), "AWS_CONFIG_FILE", "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE", "/dev/null", "AWS_EC2_METADATA_DISABLED", "true",
                "AWS_MAX_ATTEMPTS", "1"));
    }

    private static Outcome boto3(String key, String secret, String signatureVersion) throws Exception {
        String script = String.join("\n",
                "import sys, urllib.request, boto3",
                "from botocore.config import Config",
                "s3 = boto3.client('s3', endpoint_url=sys.argv[1], aws_access_key_id=sys.argv[2],",
                "    aws_secret_access_key=sys.argv[3], region_name='us-east-1',",
                "    config=Config(signature_version=sys.argv[4], s3={'addressing_style': 'path'},",
                "                  retries={'max_attempts': 1}))",
                "s3.put_object(Bucket='tools', Key='boto/' + sys.argv[4] + '.txt', Body=b'hello from boto3')",
                "print('got:', s3.get_object(Bucket='tools', Key='boto/' + sys.argv[4] + '.txt')['Body'].read().decode())",
                "print('listed:', s3.list_objects_v2(Bucket='tools', Prefix='boto/' + sys.argv[4] + '.')['KeyCount'])",
                "url = s3.generate_presigned_url('get_object', Params={'Bucket': 'tools', 'Key': 'boto/' + sys.argv[4] + '.txt'},",
                "    ExpiresIn=60)",
                "print('presigned:', urllib.request.urlopen(url).read().decode())");
        Path file = Files.writeString(dir.resolve("boto.py"), script);
        return run(List.of("python3", file.toString(), pail.endpoint().toString(), key, secret, signatureVersion),
                Map.of());
    }

    private static Path s3cmdConfig(String secret, boolean v2) throws IOException {
        String host = pail.host() + ":" + pail.port();
        return Files.writeString(dir.resolve("s3cfg-" + v2 + "-" + secret.hashCode()), "[default]\naccess_key = " + BOB
                + "\nsecret_key = " + secret + "\nhost_base = " + host + "\nhost_bucket = " + host
                + "\nuse_https = False\nsignature_v2 = " + (v2 ? "True" : "False") + "\nmax_retries = 1\n");
    }

    private static Outcome rclone(String secret, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rclone", "--retries", "1", "--low-level-retries", "1"));
        command.addAll(List.of(args));
        return run(command, Map.of("RCLONE_CONFIG", "/dev/null", "RCLONE_CONFIG_PAIL_TYPE", "s3",
                "RCLONE_CONFIG_PAIL_PROVIDER", "Other", "RCLONE_CONFIG_PAIL_ACCESS_KEY_ID", ALICE,
                "RCLONE_CONFIG_PAIL_SECRET_ACCESS_KEY", secret, "RCLONE_CONFIG_PAIL_ENDPOINT", pail.endpoint().toString(),
                "RCLONE_CONFIG_PAIL_REGION", pail.region()));
    }

    private static Outcome run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return Tools.run(dir, command, env);
    }

    private static void assertSucceeded(Outcome outcome) {
        assertThat(outcome.exit()).as("exit code; the tool said: %s\njournal: %s", outcome.output(), pail.requests())
                .isZero();
    }
}
