package dev.pail.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.User;
import dev.pail.recording.AuthMethod;
import dev.pail.recording.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code @PailInject(user = ..)} and {@code @PailInject(anonymous = true)} give other users' clients,
 * on fields and on parameters; {@code @PailTest(users = .., authentication = ..)} declares them.
 */
@PailTest(buckets = "shared", authentication = Authentication.STRICT,
        users = {"alice:alice-secret", "bob:bob/secret+=::Bob $ Builder"})
class UserInjectionTest {

    @PailInject
    S3Client owner;

    @PailInject(user = "alice")
    S3Client alice;

    @PailInject(user = "bob")
    S3AsyncClient bobAsync;

    @PailInject(user = "alice")
    S3Presigner alicePresigner;

    @PailInject(anonymous = true)
    S3Client anonymous;

    @PailInject(user = "pail")
    S3Client defaultUserByName;

    @PailInject
    Pail pail;

    @Test
    void injectedFieldsSignAsTheirUsers() {
        owner.listObjectsV2(b -> b.bucket("shared"));
        alice.listBuckets();
        bobAsync.listBuckets().join();

        assertThat(pail.requests()).extracting(r -> r.principal().orElse("<anonymous>"))
                .containsExactly("pail", "alice", "bob");
        assertThat(pail.requests()).extracting(RecordedRequest::authMethod).containsOnly(AuthMethod.SIGV4_HEADER);
    }

    @Test
    void annotatedParametersSignAsTheirUsersAndUnannotatedOnesAsTheDefaultUser(S3Client s3,
            @PailInject(user = "alice") S3Client aliceParameter, @PailInject(user = "bob") S3AsyncClient bob,
            @PailInject(anonymous = true) S3Client anonymousParameter) {
        s3.listBuckets();
        aliceParameter.listBuckets();
        bob.listBuckets().join();

        assertThat(pail.requests()).extracting(r -> r.principal().orElse("<anonymous>"))
                .containsExactly("pail", "alice", "bob");
        assertThat(aliceParameter).isSameAs(alice);
        assertThat(bob).isSameAs(bobAsync);
        assertThat(anonymousParameter).isSameAs(anonymous);
        assertThat(s3).isSameAs(owner).isSameAs(pail.client());
    }

    @Test
    void theAnonymousClientIsRefusedUnderStrictAuthentication() {
        assertThatThrownBy(() -> anonymous.listObjectsV2(b -> b.bucket("shared")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });

        RecordedRequest refused = pail.requests().get(0);
        assertThat(refused.principal()).isEmpty();
        assertThat(refused.authMethod()).isEqualTo(AuthMethod.UNSIGNED);
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aUserPresignerSignsWithThatUsersKey() {
        URI url = URI.create(alicePresigner.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest(g -> g.bucket("shared").key("k"))).url().toString());

        assertThat(url.getRawQuery()).contains("X-Amz-Credential=alice%2F");
    }

    @Test
    void theDefaultUsersAccessKeyIdNamesTheDefaultClient() {
        assertThat(defaultUserByName).isSameAs(owner);
    }

    @Test
    void declaredUsersKeepSecretsWithSlashPlusAndEqualsAndDisplayNamesWithBlanksAndDollars() {
        assertThat(pail.users()).extracting(User::accessKeyId).containsExactly("pail", "alice", "bob");
        User bob = pail.users().get(2);
        assertThat(bob.secretAccessKey()).isEqualTo("bob/secret+=");
        assertThat(bob.displayName()).isEqualTo("Bob $ Builder");
        assertThat(bob.canonicalId()).isEqualTo(User.of("bob", "bob/secret+=").canonicalId());

        bobAsync.listBuckets().join(); // verified with that secret: STRICT refuses a wrong signature
        assertThat(pail.requests()).singleElement().satisfies(r -> {
            assertThat(r.principal()).contains("bob");
            assertThat(r.status()).isEqualTo(200);
        });
    }

    // ---- run through the test kit ------------------------------------------------------------------

    static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .selectors(selectClass(fixture))
                .execute()
                .testEvents();
    }

    @Fixture
    @PailTest(buckets = "lenient")
    static class LenientFixture {
        @PailInject(anonymous = true)
        S3Client anonymous;

        @Test
        void servesTheAnonymousClientAsTheDefaultUser(Pail pail) {
            anonymous.listObjectsV2(b -> b.bucket("lenient"));
            assertThat(pail.requests()).singleElement().satisfies(r -> {
                assertThat(r.principal()).contains("pail");
                assertThat(r.authMethod()).isEqualTo(AuthMethod.UNSIGNED);
                assertThat(r.status()).isEqualTo(200);
            });
        }
    }

    @Test
    void lenientAuthenticationServesTheAnonymousClientAsTheDefaultUser() {
        run(LenientFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Fixture
    static class ProgrammaticFixture {
        @RegisterExtension
        static final PailExtension PAIL = PailExtension.builder().bucket("programmatic")
                .authentication(Authentication.STRICT).user("carol", "carol-secret")
                .user(User.builder("dave", "dave-secret").displayName("Dave D").build()).build();

        @Test
        void injectsTheBuildersUsers(@PailInject(user = "carol") S3Client carol, @PailInject(user = "dave") S3Client dave,
                @PailInject(anonymous = true) S3Client anonymous) {
            carol.listBuckets();
            dave.listBuckets();
            assertThatThrownBy(() -> anonymous.listBuckets()).isInstanceOfSatisfying(S3Exception.class,
                    e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThat(PAIL.requests()).extracting(r -> r.principal().orElse("<anonymous>"))
                    .containsExactly("carol", "dave", "<anonymous>");
            assertThat(PAIL.pail().users()).extracting(User::displayName).containsExactly("pail", "carol", "Dave D");
        }
    }

    @Test
    void theProgrammaticBuilderTakesUsersAndAuthentication() {
        run(ProgrammaticFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    // ---- misconfiguration ---------------------------------------------------------------------------

    @Fixture
    @PailTest(users = "alice:alice-secret")
    static class UnknownUserFieldFixture {
        @PailInject(user = "carol")
        S3Client carol;

        @Test
        void neverRuns() {
        }
    }

    @Test
    void anUnknownUserOnAFieldFailsNamingTheFieldAndTheConfiguredUsers() {
        run(UnknownUserFieldFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m ->
                        m.contains("@PailInject(user = \"carol\")") && m.contains("UnknownUserFieldFixture.carol")
                                && m.contains("[pail, alice]")))));
    }

    @Fixture
    @PailTest
    static class UnknownUserParameterFixture {
        @Test
        void neverRuns(@PailInject(user = "carol") S3AsyncClient carol) {
        }
    }

    @Test
    void anUnknownUserOnAParameterFailsNamingTheParameterAndTheConfiguredUsers() {
        run(UnknownUserParameterFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(m ->
                        m.contains("\"carol\"") && m.contains("UnknownUserParameterFixture.neverRuns(S3AsyncClient)")
                                && m.contains("[pail]")))));
    }

    @Fixture
    @PailTest
    static class AnonymousAsyncFixture {
        @PailInject(anonymous = true)
        S3AsyncClient anonymous;

        @Test
        void neverRuns() {
        }
    }

    @Test
    void onlyAnS3ClientCanBeAnonymous() {
        run(AnonymousAsyncFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m ->
                        m.contains("AnonymousAsyncFixture.anonymous") && m.contains("only an S3Client can be anonymous")))));
    }

    @Fixture
    @PailTest(users = "alice:alice-secret")
    static class UserOnEndpointFixture {
        @Test
        void neverRuns(@PailInject(user = "alice") URI endpoint) {
        }
    }

    @Test
    void anEndpointBelongsToNoUser() {
        run(UserOnEndpointFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(m ->
                        m.contains("java.net.URI") && m.contains("only S3Client, S3AsyncClient and S3Presigner")))));
    }

    @Fixture
    @PailTest(users = "alice:alice-secret")
    static class UserAndAnonymousFixture {
        @PailInject(user = "alice", anonymous = true)
        S3Client both;

        @Test
        void neverRuns() {
        }
    }

    @Test
    void aUserAndAnonymousTogetherAreAConfigurationError() {
        run(UserAndAnonymousFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m ->
                        m.contains("UserAndAnonymousFixture.both") && m.contains("set only one of them")))));
    }

    @Fixture
    @PailTest
    static class UnsupportedParameterFixture {
        @Test
        void neverRuns(@PailInject String notInjectable) {
        }
    }

    @Test
    void anAnnotatedParameterOfAnUnsupportedTypeIsRefusedNamingIt() {
        run(UnsupportedParameterFixture.class).assertThatEvents().haveExactly(1, event(test("neverRuns"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(m ->
                        m.contains("UnsupportedParameterFixture.neverRuns(String)") && m.contains("java.lang.String")
                                && m.contains("cannot inject")))));
    }

    @Fixture
    @PailTest(users = {"alice:alice-secret", "no-secret"})
    static class MalformedUserFixture {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void aMalformedUserFailsTheClassNamingIt() {
        Events events = EngineTestKit.engine("junit-jupiter").configurationParameter(Fixture.PARAMETER, "true")
                .selectors(selectClass(MalformedUserFixture.class)).execute().allEvents();
        events.assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("MalformedUserFixture") && m.contains("users[1]") && m.contains("no-secret"))));
    }

    @Fixture
    @PailTest(users = {"alice:alice-secret", "alice:other-secret"})
    static class DuplicateUserFixture {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void anAccessKeyIdGivenTwiceFailsTheClass() {
        Events events = EngineTestKit.engine("junit-jupiter").configurationParameter(Fixture.PARAMETER, "true")
                .selectors(selectClass(DuplicateUserFixture.class)).execute().allEvents();
        events.assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("DuplicateUserFixture") && m.contains("alice"))));
    }

    @Fixture
    @PailTest(users = "pail:another-secret")
    static class DefaultUserRedeclaredFixture {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void theDefaultUserCannotBeRedeclared() {
        Events events = EngineTestKit.engine("junit-jupiter").configurationParameter(Fixture.PARAMETER, "true")
                .selectors(selectClass(DefaultUserRedeclaredFixture.class)).execute().allEvents();
        events.assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("users[0]") && m.contains("default user's access key id"))));
    }
}
