package dev.pail.architecture;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of a module as text, one line per public type and member, sorted: what a checked-in
 * baseline pins, so that any change to it is deliberate. Shared (through the test-jar) with the JUnit
 * 5 and TestNG modules.
 */
public final class ApiDump {

    private ApiDump() {
    }

    /** Every public type of the packages a module exports to everyone, with its public and protected members. */
    public static String of(Class<?> anyClassOfTheModule) throws Exception {
        Path classes = Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        TreeSet<String> lines = new TreeSet<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (export.isQualified()) {
                continue;
            }
            Path dir = classes.resolve(export.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = export.source() + "." + file.getFileName().toString().replace(".class", "");
                    if (!name.endsWith("module-info") && !name.endsWith("package-info")) {
                        describe(Class.forName(name, false, anyClassOfTheModule.getClassLoader()), lines);
                    }
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** How many public types the module exports. */
    public static long publicTypes(String dump) {
        return dump.lines().filter(l -> !l.startsWith(" ") && !l.contains(" | ")).count();
    }

    private static void describe(Class<?> type, TreeSet<String> lines) {
        if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic() || type.isAnonymousClass()) {
            return;
        }
        String name = type.getName();
        lines.add(name);
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.add(field.toGenericString());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add(constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                members.add(method.toGenericString());
            }
        }
        members.forEach(member -> lines.add(name + " | " + member));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /**
     * Compares the dump with the baseline file, or writes the baseline when {@code -Dpail.api.update=true}.
     *
     * @return empty when they match, else what to tell the developer
     */
    public static java.util.Optional<String> compare(String dump, Path baseline) throws IOException {
        if (Boolean.getBoolean("pail.api.update")) {
            Files.createDirectories(baseline.getParent());
            Files.writeString(baseline, dump, StandardCharsets.UTF_8);
            return java.util.Optional.empty();
        }
        String expected = Files.exists(baseline) ? Files.readString(baseline, StandardCharsets.UTF_8) : "";
        if (expected.equals(dump)) {
            return java.util.Optional.empty();
        }
        TreeSet<String> was = new TreeSet<>(expected.lines().toList());
        TreeSet<String> now = new TreeSet<>(dump.lines().toList());
        StringBuilder report = new StringBuilder("The public API changed; if that is deliberate, rerun with "
                + "-Dpail.api.update=true and commit " + baseline + ".\n");
        was.stream().filter(l -> !now.contains(l)).forEach(l -> report.append("- ").append(l).append('\n'));
        now.stream().filter(l -> !was.contains(l)).forEach(l -> report.append("+ ").append(l).append('\n'));
        return java.util.Optional.of(report.toString());
    }
}
