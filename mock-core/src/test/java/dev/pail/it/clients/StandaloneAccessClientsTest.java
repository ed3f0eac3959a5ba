package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.it.clients.Tools.Outcome;
import dev.pail.it.robustness.ChildServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone server as a non-JVM team runs it, {@code --auth strict --bucket-defaults legacy} with
 * three users: the AWS CLI and boto3 of each user get what its account may do and S3's refusals
 * otherwise, and the server's log says what decided each refusal.
 */
class StandaloneAccessClientsTest {

    static ChildServer server;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = ChildServer.start(List.of("-Xmx256m"), "--auth", "strict", "--bucket-defaults", "legacy",
                "--user", "owner:owner-secret", "--user", "reader:reader-secret", "--user", "stranger:stranger-secret");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void theAwsCliOfEachUserGetsWhatItsAccountMayDo() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("aws"), "aws is not on the PATH");
        Path file = Files.writeString(dir.resolve("report.txt"), "quarterly");
        ok(aws("owner", "s3api", "create-bucket", "--bucket", "cli-shared", "--acl", "public-read"));
        ok(aws("owner", "s3api", "put-object", "--bucket", "cli-shared", "--key", "public.txt", "--body", file.toString(),
                "--acl", "public-read"));
        ok(aws("owner", "s3api", "put-object", "--bucket", "cli-shared", "--key", "private.txt", "--body", file.toString()));
        ok(aws("owner", "s3api", "put-object-acl", "--bucket", "cli-shared", "--key", "private.txt",
                "--grant-read", "id=" + canonicalIdOf("reader")));

        assertThat(aws("reader", "s3", "ls", "s3://cli-shared/").output()).contains("public.txt", "private.txt");
        ok(aws("reader", "s3", "cp", "s3://cli-shared/private.txt", dir.resolve("r.txt").toString()));
        ok(aws("stranger", "s3", "cp", "s3://cli-shared/public.txt", dir.resolve("s.txt").toString()));
        assertThat(aws("stranger", "s3", "cp", "s3://cli-shared/private.txt", dir.resolve("x.txt").toString()).output())
                .contains("403");
        assertThat(aws("reader", "s3", "cp", file.toString(), "s3://cli-shared/intrusion.txt").output())
                .contains("AccessDenied");
        assertThat(server.output()).contains("refused PutObject PUT /cli-shared/intrusion.txt from reader: 403 AccessDenied")
                .contains("reader (account " + accountIdOf("reader") + ") may not s3:PutObject");
    }

    @Test
    void boto3OfEachUserAndAnonymousGetsTheRightRefusals() throws Exception {
        Assumptions.assumeTrue(run(List.of("python3", "-c", "import boto3"), Map.of()).exit() == 0, "no boto3");
        String script = String.join("\n",
                "import sys, boto3, botocore",
                "from botocore.config import Config",
                "from botocore import UNSIGNED",
                "def client(key):",
                "    if key == 'anonymous':",
                "        return boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1',",
                "            config=Config(signature_version=UNSIGNED, retries={'max_attempts': 1}))",
                "    return boto3.client('s3', endpoint_url=sys.argv[1], aws_access_key_id=key,",
                "        aws_secret_access_key=key + '-secret', region_name='us-east-1', config=Config(retries={'max_attempts': 1}))",
                "def attempt(key, what, call):",
                "    try:",
                "        call(client(key))",
                "        print(key, what, 'ok')",
                "    except botocore.exceptions.ClientError as e:",
                "        print(key, what, e.response['Error']['Code'])",
                "owner = client('owner')",
                "owner.create_bucket(Bucket='boto-shared')",
                "owner.put_bucket_policy(Bucket='boto-shared', Policy='{\"Statement\":[{\"Sid\":\"ReaderIncoming\",\"Effect\":\"Allow\",'",
                "    '\"Principal\":{\"AWS\":\"' + sys.argv[2] + '\"},\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],'",
                "    '\"Resource\":\"arn:aws:s3:::boto-shared/incoming/*\"}]}')",
                "owner.put_object(Bucket='boto-shared', Key='incoming/a.txt', Body=b'a')",
                "owner.put_object(Bucket='boto-shared', Key='public.txt', Body=b'p', ACL='public-read')",
                "attempt('reader', 'put-incoming', lambda s3: s3.put_object(Bucket='boto-shared', Key='incoming/b.txt', Body=b'b'))",
                "attempt('reader', 'get-incoming', lambda s3: s3.get_object(Bucket='boto-shared', Key='incoming/a.txt'))",
                "attempt('reader', 'put-elsewhere', lambda s3: s3.put_object(Bucket='boto-shared', Key='b.txt', Body=b'b'))",
                "attempt('stranger', 'get-incoming', lambda s3: s3.get_object(Bucket='boto-shared', Key='incoming/a.txt'))",
                "attempt('anonymous', 'get-public', lambda s3: s3.get_object(Bucket='boto-shared', Key='public.txt'))",
                "attempt('anonymous', 'list', lambda s3: s3.list_objects_v2(Bucket='boto-shared'))",
                "attempt('stranger', 'delete-bucket', lambda s3: s3.delete_bucket(Bucket='boto-shared'))");
        Path file = Files.writeString(dir.resolve("access.py"), script);
        Outcome outcome = run(List.of("python3", file.toString(), server.endpoint().toString(), accountIdOf("reader")),
                Map.of());
        assertThat(outcome.output()).contains("reader put-incoming ok", "reader get-incoming ok",
                "reader put-elsewhere AccessDenied", "stranger get-incoming AccessDenied", "anonymous get-public ok",
                "anonymous list AccessDenied", "stranger delete-bucket AccessDenied");
        assertThat(server.output()).contains("refused ListObjectsV2 GET /boto-shared from anonymous: 403 AccessDenied");
    }

    /** The identity the standalone server derives for a user given only a key and secret. */
    private static String canonicalIdOf(String key) {
        return dev.pail.User.of(key, key + "-secret").canonicalId();
    }

    private static String accountIdOf(String key) {
        return dev.pail.User.of(key, key + "-secret").accountId();
    }

    private static Outcome aws(String user, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", server.endpoint().toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("AWS_ACCESS_KEY_ID", user, "AWS_SECRET_ACCESS_KEY", user + "-secret",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_CONFIG_FILE", "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE", "/dev/null", "AWS_EC2_METADATA_DISABLED", "true", "AWS_MAX_ATTEMPTS", "1"));
    }

    private static void ok(Outcome outcome) {
        assertThat(outcome.exit()).as("exit code; the tool said: %s\nserver: %s", outcome.output(), server.output()).isZero();
    }

    private static Outcome run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return Tools.run(dir, command, env);
    }
}
