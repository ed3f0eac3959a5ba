package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the command-line S3 clients (AWS CLI, boto3, s3cmd, rclone) the way a user's shell would. */
final class Tools {

    /** What a tool printed (stdout and stderr) and how it ended. */
    record Outcome(int exit, String output) {
    }

    private Tools() {
    }

    /** Whether an executable is on the PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, executable)));
    }

    /**
     * Runs a command with {@code dir} as its home, without the caller's AWS and rclone settings, plus {@code env};
     * fails the test when it does not end within two minutes.
     */
    static Outcome run(Path dir, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("RCLONE_"));
        builder.environment().put("HOME", dir.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("%s exited", command).isTrue();
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
