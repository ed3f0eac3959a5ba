package dev.pail.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The standalone server's console, as a user sees it. */
class StandaloneJvmTest {

    @Test
    void aPortInUseIsOneLineNamingTheAddressAndExitStatusOne() throws Exception {
        try (ChildServer first = ChildServer.start(List.of())) {
            String port = Integer.toString(first.endpoint().getPort());
            Process second = new ProcessBuilder(ChildServer.command(ChildServer.currentJava(), List.of(), "--port", port))
                    .redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output.strip().lines()).singleElement().asString()
                    .startsWith("pail: ").contains("127.0.0.1:" + port).contains("in use");
        }
    }

    @Test
    void onJava25NoJdkWarningComesFromPailsDependencies() throws Exception {
        Optional<Path> java25 = java25();
        assumeTrue(java25.isPresent(), "no Java 25 under /usr/lib/jvm");
        try (ChildServer server = ChildServer.start(java25.get(), List.of())) {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.endpoint()).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(server.output()).doesNotContain("WARNING").contains("listening on");
        }
    }

    private static Optional<Path> java25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(p -> p.getFileName().toString().contains("25"))
                    .map(p -> p.resolve("bin/java")).filter(Files::isExecutable).findFirst();
        }
    }
}
