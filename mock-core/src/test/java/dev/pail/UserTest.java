package dev.pail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link User}: derived identities, the text form, validation. */
class UserTest {

    @Test
    void theDefaultUserIsPailWithTheFixedCanonicalIdAndAccount() {
        User user = User.defaultUser();
        assertThat(user.accessKeyId()).isEqualTo("pail");
        assertThat(user.secretAccessKey()).isEqualTo("pail-secret");
        assertThat(user.canonicalId()).isEqualTo(User.DEFAULT_CANONICAL_ID);
        assertThat(user.accountId()).isEqualTo("000000000000");
        assertThat(user.displayName()).isEqualTo("pail");
        assertThat(user.email()).isEqualTo("pail@pail.example");
    }

    @Test
    void theDefaultAccessKeyIdKeepsTheDefaultIdentityWhateverTheSecret() {
        User user = User.of("pail", "another-secret");
        assertThat(user.canonicalId()).isEqualTo(User.DEFAULT_CANONICAL_ID);
        assertThat(user.accountId()).isEqualTo(User.DEFAULT_ACCOUNT_ID);
    }

    @Test
    void ofDerivesTheIdentityFromTheAccessKeyId() {
        User alice = User.of("Alice", "alice-secret");
        assertThat(alice.displayName()).isEqualTo("Alice");
        assertThat(alice.email()).isEqualTo("alice@pail.example");
        assertThat(alice.canonicalId()).matches("[0-9a-f]{64}").isNotEqualTo(User.DEFAULT_CANONICAL_ID);
        assertThat(alice.accountId()).matches("[0-9]{12}").isNotEqualTo(User.DEFAULT_ACCOUNT_ID);
    }

    @Test
    void derivationIsStableAndDependsOnlyOnTheAccessKeyId() {
        assertThat(User.of("alice", "one")).extracting(User::canonicalId, User::accountId)
                .containsExactly(User.of("alice", "two").canonicalId(), User.of("alice", "two").accountId());
        assertThat(User.of("alice", "s").canonicalId()).isNotEqualTo(User.of("bob", "s").canonicalId());
        assertThat(User.of("alice", "s").accountId()).isNotEqualTo(User.of("bob", "s").accountId());
    }

    @Test
    void theBuilderSetsEveryPartAndDerivesTheRest() {
        User full = User.builder("bob", "bob-secret").canonicalId("c".repeat(64)).displayName("Bob $ Builder")
                .email("bob@example.com").accountId("123456789012").build();
        assertThat(full).isEqualTo(new User("bob", "bob-secret", "c".repeat(64), "Bob $ Builder", "bob@example.com",
                "123456789012"));

        User partial = User.builder("bob", "bob-secret").displayName("Bob").build();
        assertThat(partial.displayName()).isEqualTo("Bob");
        assertThat(partial.canonicalId()).isEqualTo(User.of("bob", "x").canonicalId());
        assertThat(partial.accountId()).isEqualTo(User.of("bob", "x").accountId());
        assertThat(partial.email()).isEqualTo("bob@pail.example");
    }

    @Test
    void arnsNameTheAccountAndTheUser() {
        User user = User.builder("bob", "s").displayName("bob-the-builder").accountId("123456789012").build();
        assertThat(user.accountArn()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThat(user.arn()).isEqualTo("arn:aws:iam::123456789012:user/bob-the-builder");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(User.of("alice", "top-secret-value").toString()).contains("alice").doesNotContain("top-secret-value");
    }

    // ---- parse ----------------------------------------------------------------------------------------

    @Test
    void parseOfAccessKeyAndSecretEqualsOf() {
        assertThat(User.parse("alice:alice-secret")).isEqualTo(User.of("alice", "alice-secret"));
    }

    @Test
    void parseKeepsSecretsWithSlashesPlusesAndEqualsSigns() {
        assertThat(User.parse("AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCY+EXAMPLEKEY==").secretAccessKey())
                .isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCY+EXAMPLEKEY==");
    }

    @Test
    void parseReadsAllFiveParts() {
        User user = User.parse("bob:bob/secret+=:" + "a".repeat(64) + ":Bob $ Builder:bob@example.com");
        assertThat(user.accessKeyId()).isEqualTo("bob");
        assertThat(user.secretAccessKey()).isEqualTo("bob/secret+=");
        assertThat(user.canonicalId()).isEqualTo("a".repeat(64));
        assertThat(user.displayName()).isEqualTo("Bob $ Builder");
        assertThat(user.email()).isEqualTo("bob@example.com");
        assertThat(user.accountId()).isEqualTo(User.of("bob", "x").accountId());
    }

    @Test
    void parseDerivesPartsThatAreEmptyOrLeftOut() {
        User derived = User.of("bob", "s");
        assertThat(User.parse("bob:s::Bob $ Builder")).satisfies(u -> {
            assertThat(u.canonicalId()).isEqualTo(derived.canonicalId());
            assertThat(u.displayName()).isEqualTo("Bob $ Builder");
            assertThat(u.email()).isEqualTo(derived.email());
        });
        assertThat(User.parse("bob:s:::")).isEqualTo(derived);
        assertThat(User.parse("bob:s:" + "b".repeat(64)).displayName()).isEqualTo("bob");
    }

    @Test
    void parseSplitsAtTheFirstFourColonsOnly() {
        assertThat(User.parse("bob:s:c:Bob:mailto:bob@example.com").email()).isEqualTo("mailto:bob@example.com");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "alice", "alice:", ":secret", ":", "::Display"})
    void parseRefusesAUserWithoutAccessKeyOrSecret(String spec) {
        assertThatIllegalArgumentException().isThrownBy(() -> User.parse(spec))
                .withMessageContaining("ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]");
    }

    @Test
    void parseRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> User.parse(null));
    }

    // ---- validation ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"al/ice", "al ice", "al\tice"})
    void anAccessKeyIdWithASlashOrBlankIsRefused(String accessKeyId) {
        assertThatIllegalArgumentException().isThrownBy(() -> User.of(accessKeyId, "secret"))
                .withMessageContaining("accessKeyId");
    }

    @Test
    void blankPartsAreRefusedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> User.of("alice", " ")).withMessageContaining("secretAccessKey");
        assertThatIllegalArgumentException().isThrownBy(() -> User.builder("alice", "s").displayName(" ").build())
                .withMessageContaining("displayName");
        assertThatIllegalArgumentException().isThrownBy(() -> User.of(" ", "s")).withMessageContaining("accessKeyId");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12345678901", "1234567890123", "12345678901a"})
    void anAccountIdMustBeTwelveDigits(String accountId) {
        assertThatIllegalArgumentException().isThrownBy(() -> User.builder("alice", "s").accountId(accountId).build())
                .withMessageContaining("accountId");
    }
}
