package dev.pail.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.Pail;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** pail-core exports its public packages and nothing of {@code dev.pail.internal} but the harness, to the two integrations. */
class ModuleDescriptorTest {

    @Test
    void onlyThePublicPackagesAreExported() throws Exception {
        Path classes = Path.of(Pail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.name()).isEqualTo("dev.pail.core");
        Map<String, Set<String>> exports = descriptor.exports().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertThat(exports).containsOnlyKeys("dev.pail", "dev.pail.assertj", "dev.pail.client", "dev.pail.events", "dev.pail.fault",
                "dev.pail.recording", "dev.pail.verify", "dev.pail.internal.harness");
        assertThat(exports.get("dev.pail.internal.harness")).containsExactlyInAnyOrder("dev.pail.junit5", "dev.pail.testng");
        exports.forEach((pkg, targets) -> {
            if (!pkg.startsWith("dev.pail.internal")) {
                assertThat(targets).as("%s is exported to everyone", pkg).isEmpty();
            }
        });
    }
}
