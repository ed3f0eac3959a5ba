package dev.pail.testng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.User;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.annotations.Listeners;
import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code @PailInject(user = ..)} and {@code @PailInject(anonymous = true)} fields get other users'
 * clients; {@code @PailTest(users = .., authentication = ..)} declares them.
 */
@Listeners(PailListener.class)
@PailTest(buckets = "shared", authentication = Authentication.STRICT,
        users = {"alice:alice-secret", "bob:bob/secret+=::Bob $ Builder"})
public class UserInjectionTest {

    @PailInject
    S3Client owner;

    @PailInject(user = "alice")
    S3Client alice;

    @PailInject(user = "bob")
    S3AsyncClient bob;

    @PailInject(anonymous = true)
    S3Client anonymous;

    @PailInject
    Pail pail;

    @Test
    public void eachClientSignsAsItsUser() {
        owner.listObjectsV2(b -> b.bucket("shared"));
        alice.listBuckets();
        bob.listBuckets().join();

        assertThat(pail.requests()).extracting(r -> r.principal().orElse("<anonymous>"))
                .containsExactly("pail", "alice", "bob");
        assertThat(pail.requests()).extracting(RecordedRequest::authMethod).containsOnly(AuthMethod.SIGV4_HEADER);
        assertThat(pail.users()).extracting(User::displayName).containsExactly("pail", "alice", "Bob $ Builder");
    }

    @Test
    public void theAnonymousClientIsRefusedUnderStrictAuthentication() {
        assertThatThrownBy(() -> anonymous.listObjectsV2(b -> b.bucket("shared")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
        assertThat(pail.requests()).singleElement().satisfies(r -> assertThat(r.principal()).isEmpty());
    }

    // ---- misconfiguration, run through TestNG ---------------------------------------------------------

    @Listeners(PailListener.class)
    @PailTest(users = "alice:alice-secret")
    public static class UnknownUserFixture extends Fixture {
        @PailInject(user = "carol")
        S3Client carol;

        @Test
        public void neverRuns() {
        }
    }

    @Listeners(PailListener.class)
    @PailTest
    public static class AnonymousAsyncFixture extends Fixture {
        @PailInject(anonymous = true)
        S3AsyncClient anonymous;

        @Test
        public void neverRuns() {
        }
    }

    @Listeners(PailListener.class)
    @PailTest(users = "no-secret")
    public static class MalformedUserFixture extends Fixture {
        @Test
        public void neverRuns() {
        }
    }

    @Test
    public void anUnknownUserFailsNamingTheFieldAndTheConfiguredUsers() {
        assertThat(problem(UnknownUserFixture.class)).hasMessageContaining("@PailInject(user = \"carol\")")
                .hasMessageContaining("UnknownUserFixture.carol").hasMessageContaining("[pail, alice]");
    }

    @Test
    public void onlyAnS3ClientCanBeAnonymous() {
        assertThat(problem(AnonymousAsyncFixture.class)).hasMessageContaining("AnonymousAsyncFixture.anonymous")
                .hasMessageContaining("only an S3Client can be anonymous");
    }

    @Test
    public void aMalformedUserFailsTheClassNamingIt() {
        assertThat(problem(MalformedUserFixture.class)).hasMessageContaining("users[0]").hasMessageContaining("no-secret");
    }

    private static Throwable problem(Class<?> fixture) {
        TestListenerAdapter results = ListenerBehaviourTest.run(XmlSuite.ParallelMode.NONE, fixture);
        List<ITestResult> problems = new ArrayList<>(results.getFailedTests());
        problems.addAll(results.getSkippedTests());
        problems.addAll(results.getConfigurationFailures());
        assertThat(results.getPassedTests()).isEmpty();
        assertThat(problems).hasSize(1);
        return problems.get(0).getThrowable();
    }
}
