package dev.pail.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.pail.Authentication;
import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.User;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --user} and {@code --auth} of the standalone server. */
class MainUsersTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private PailConfig parse(String... args) {
        Pail.Builder builder = Pail.builder();
        assertThat(Main.parse(args, builder, out)).isTrue();
        return builder.build();
    }

    @Test
    void withoutUsersTheDefaultUserIsPailWithLenientAuthentication() {
        PailConfig config = parse();
        assertThat(config.users()).containsExactly(User.defaultUser());
        assertThat(config.accessKeyId()).isEqualTo("pail");
        assertThat(config.secretAccessKey()).isEqualTo("pail-secret");
        assertThat(config.authentication()).isEqualTo(Authentication.LENIENT);
    }

    @Test
    void theFirstUserReplacesTheDefaultUserAndTheOthersAreAdded() {
        PailConfig config = parse("--user", "AKIAFIRST:first-secret", "--user", "alice:alice-secret",
                "--user", "bob:bob-secret");
        assertThat(config.users()).extracting(User::accessKeyId).containsExactly("AKIAFIRST", "alice", "bob");
        assertThat(config.defaultUser()).isEqualTo(User.of("AKIAFIRST", "first-secret"));
        assertThat(config.accessKeyId()).isEqualTo("AKIAFIRST");
        assertThat(config.secretAccessKey()).isEqualTo("first-secret");
        assertThat(config.user("pail")).isEmpty();
    }

    @Test
    void secretsKeepSlashesPlusesAndEqualsSigns() {
        PailConfig config = parse("--user", "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCY+EXAMPLE==",
                "--user", "alice:a/b+c=d");
        assertThat(config.secretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCY+EXAMPLE==");
        assertThat(config.user("alice")).get().extracting(User::secretAccessKey).isEqualTo("a/b+c=d");
    }

    @Test
    void aUserMayNameItsCanonicalIdDisplayNameAndEmail() {
        String canonical = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
        PailConfig config = parse("--user", "pail:pail-secret", "--user",
                "bob:bob/secret+=:" + canonical + ":Bob $ Builder:bob@example.com");
        User bob = config.user("bob").orElseThrow();
        assertThat(bob.secretAccessKey()).isEqualTo("bob/secret+=");
        assertThat(bob.canonicalId()).isEqualTo(canonical);
        assertThat(bob.displayName()).isEqualTo("Bob $ Builder");
        assertThat(bob.email()).isEqualTo("bob@example.com");
        assertThat(bob.accountId()).isEqualTo(User.of("bob", "x").accountId());
    }

    @Test
    void emptyPartsAreDerivedFromTheAccessKeyId() {
        User carol = parse("--user", "pail:pail-secret", "--user", "carol:carol-secret::Carol C").user("carol")
                .orElseThrow();
        User derived = User.of("carol", "carol-secret");
        assertThat(carol.canonicalId()).isEqualTo(derived.canonicalId());
        assertThat(carol.displayName()).isEqualTo("Carol C");
        assertThat(carol.email()).isEqualTo(derived.email());
    }

    @Test
    void anAccessKeyIdGivenTwiceIsRefusedWhenTheServerIsConfigured() {
        Pail.Builder builder = Pail.builder();
        Main.parse(new String[] {"--user", "admin:admin-secret", "--user", "alice:one", "--user", "alice:two"}, builder,
                out);
        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("alice");
    }

    @ParameterizedTest(name = "--user \"{0}\"")
    @ValueSource(strings = {"alice", "alice:", ":secret", "", ":"})
    void aUserWithoutAccessKeyOrSecretIsRejected(String spec) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {"--user", spec}, Pail.builder(), out))
                .withMessageContaining("ACCESS_KEY:SECRET_KEY");
    }

    @Test
    void anAccessKeyIdWithASlashIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {"--user", "al/ice:secret"}, Pail.builder(), out))
                .withMessageContaining("accessKeyId");
    }

    @ParameterizedTest(name = "--auth {0}")
    @ValueSource(strings = {"strict", "STRICT", "Strict"})
    void authStrictIsStrict(String value) {
        assertThat(parse("--auth", value).authentication()).isEqualTo(Authentication.STRICT);
    }

    @Test
    void authLenientIsLenientAndTheLastAuthWins() {
        assertThat(parse("--auth", "lenient").authentication()).isEqualTo(Authentication.LENIENT);
        assertThat(parse("--auth", "lenient", "--auth", "strict").authentication()).isEqualTo(Authentication.STRICT);
        assertThat(parse("--auth", "strict", "--auth", "lenient").authentication()).isEqualTo(Authentication.LENIENT);
    }

    @ParameterizedTest(name = "--auth \"{0}\"")
    @ValueSource(strings = {"bogus", "", "none", "lenient "})
    void anUnknownAuthIsRejectedNamingTheChoices(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {"--auth", value}, Pail.builder(), out))
                .withMessage("--auth must be lenient or strict: " + value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--user", "--auth"})
    void userAndAuthNeedAValue(String option) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {option}, Pail.builder(), out))
                .withMessage(option + " needs a value");
    }

    @Test
    void helpDescribesUserAndAuth() {
        assertThat(Main.parse(new String[] {"--help"}, Pail.builder(), out)).isFalse();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("--user ACCESS_KEY:SECRET_KEY")
                .contains("--auth lenient|strict").contains("pail:pail-secret");
    }

    @Test
    void bucketDefaultsAreCurrentUnlessLegacyIsAsked() {
        assertThat(parse().bucketDefaults()).isEqualTo(dev.pail.BucketDefaults.CURRENT);
        assertThat(parse("--bucket-defaults", "legacy").bucketDefaults()).isEqualTo(dev.pail.BucketDefaults.LEGACY);
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--bucket-defaults", "ancient"))
                .withMessageContaining("--bucket-defaults");
    }
}
