package dev.pail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example is this module's ReportArchiveTest, verbatim; keep the two in step. */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsReportArchiveTestVerbatim() throws Exception {
        String test = Files.readString(Path.of("src/test/java/dev/pail/samples/ReportArchiveTest.java")).strip();
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains("```java\n" + test + "\n```");
    }
}
