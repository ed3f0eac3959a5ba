package dev.pail.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.pail.Pail;
import dev.pail.PailConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void optionsReachTheConfiguration() {
        Pail.Builder builder = Pail.builder();
        boolean run = Main.parse(new String[] {"--port", "9191", "--host", "0.0.0.0", "--region", "eu-west-1",
            "--bucket", "first", "--bucket", "second"}, builder, out);
        PailConfig config = builder.build();
        assertThat(run).isTrue();
        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.buckets()).containsExactly("first", "second");
        assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void noArgumentsKeepTheBuilderDefaults() {
        Pail.Builder builder = Pail.builder().port(Main.DEFAULT_PORT);
        assertThat(Main.parse(new String[0], builder, out)).isTrue();
        PailConfig config = builder.build();
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.host()).isEqualTo(PailConfig.DEFAULT_HOST);
        assertThat(config.region()).isEqualTo(PailConfig.DEFAULT_REGION);
        assertThat(config.buckets()).isEmpty();
    }

    @Test
    void laterOptionsWin() {
        Pail.Builder builder = Pail.builder();
        Main.parse(new String[] {"--port", "1", "--port", "2", "--region", "a-b-1", "--region", "c-d-2"}, builder, out);
        assertThat(builder.build().port()).isEqualTo(2);
        assertThat(builder.build().region()).isEqualTo("c-d-2");
    }

    @Test
    void portBoundsAreAccepted() {
        Pail.Builder builder = Pail.builder();
        Main.parse(new String[] {"--port", "0"}, builder, out);
        assertThat(builder.build().port()).isZero();
        Main.parse(new String[] {"--port", "65535"}, builder, out);
        assertThat(builder.build().port()).isEqualTo(65535);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h"})
    void helpPrintsUsageAndAsksNotToRun(String option) {
        Pail.Builder builder = Pail.builder();
        assertThat(Main.parse(new String[] {"--port", "1234", option, "--unknown"}, builder, out)).isFalse();
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("usage:").contains("--port").contains("--bucket");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"--verbose", "9090", "-p", "--PORT", ""})
    void unknownArgumentsAreRejected(String argument) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {argument}, Pail.builder(), out))
                .withMessageContaining("unknown argument");
    }

    @ParameterizedTest(name = "--port {0}")
    @ValueSource(strings = {"-1", "65536", "abc", "", "80.5", "99999999999"})
    void badPortsAreRejected(String port) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {"--port", port}, Pail.builder(), out))
                .withMessageContaining("--port");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--port", "--host", "--region", "--bucket"})
    void optionWithoutValueIsRejected(String option) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Main.parse(new String[] {option}, Pail.builder(), out))
                .withMessageContaining(option).withMessageContaining("needs a value");
    }
}
