package dev.pail.it.robustness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server in a JVM of its own, with the heap and arguments a test asks for, as a user
 * runs it; stopped on close.
 */
public final class ChildServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final URI endpoint;
    private final StringBuffer output = new StringBuffer();

    private ChildServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts {@code dev.pail.cli.Main} with these JVM options and arguments, and waits until it listens. */
    public static ChildServer start(List<String> jvmOptions, String... args) throws IOException {
        return start(currentJava(), jvmOptions, args);
    }

    /** The same with another {@code java} executable. */
    static ChildServer start(Path java, List<String> jvmOptions, String... args) throws IOException {
        Process process = new ProcessBuilder(command(java, jvmOptions, "--port", "0", args))
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<URI> endpoint = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    seen.append(line).append('\n');
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        return URI.create(matcher.group(1));
                    }
                }
                throw new IllegalStateException("the server exited:\n" + seen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            ChildServer server = new ChildServer(process, endpoint.get(60, TimeUnit.SECONDS));
            server.output.append(seen);
            Thread drain = new Thread(() -> {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        server.output.append(line).append('\n');
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "child-server-output");
            drain.setDaemon(true);
            drain.start();
            return server;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the standalone server did not start: " + seen, e);
        }
    }

    /** The command line that runs the standalone main with this classpath. */
    static List<String> command(Path java, List<String> jvmOptions, String port, String portValue, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.pail.cli.Main");
        command.add(port);
        command.add(portValue);
        command.addAll(List.of(args));
        return command;
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Everything the server printed (stdout and stderr). */
    public String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(60);
    }
}
