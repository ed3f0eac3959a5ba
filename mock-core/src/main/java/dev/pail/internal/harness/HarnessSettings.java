package dev.pail.internal.harness;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.User;
import dev.pail.fault.Latency;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A test class's Pail, as both frameworks declare it: from {@code @PailTest} (JUnit's or TestNG's,
 * whose attributes are the same and map one to one onto {@link Pail.Builder}) or from a
 * programmatic builder, plus whether strict mode is on.
 *
 * @param buckets    the declared buckets, present and empty before each test
 * @param strict     whether a test that caused a 500 or 501 of Pail's own fails
 * @param configurer everything else, applied to a fresh {@link Pail.Builder}
 */
public record HarnessSettings(List<String> buckets, boolean strict, Consumer<Pail.Builder> configurer) {

    /** No buckets, not strict, Pail's defaults. */
    public static final HarnessSettings DEFAULTS = new HarnessSettings(List.of(), false, builder -> { });

    /** Validates and copies the components; every bucket name must be one S3 accepts. */
    public HarnessSettings {
        buckets = List.copyOf(buckets);
        Objects.requireNonNull(configurer, "configurer");
        Pail.builder().buckets(buckets); // fails at once, naming the rule, for a name S3 would refuse
    }

    /**
     * The settings of a {@code @PailTest} annotation of either framework, read by attribute name.
     * Its {@code users} are added to the default user, who stays {@code pail} / {@code pail-secret}.
     *
     * @throws IllegalArgumentException when a declared bucket name is one S3 would refuse, a user is
     *                                  malformed or its access key id is given twice, or another
     *                                  attribute is out of range (naming it)
     */
    public static HarnessSettings of(Annotation pailTest) {
        List<String> buckets = List.of((String[]) attribute(pailTest, "buckets"));
        String region = (String) attribute(pailTest, "region");
        int port = (Integer) attribute(pailTest, "port");
        int bodyCaptureLimit = (Integer) attribute(pailTest, "bodyCaptureLimit");
        Latency latency = Latency.ofMillis((Long) attribute(pailTest, "latencyMillis"),
                (Long) attribute(pailTest, "latencyJitterMillis"), (Long) attribute(pailTest, "latencySeed"));
        Authentication authentication = (Authentication) attribute(pailTest, "authentication");
        BucketDefaults bucketDefaults = (BucketDefaults) attribute(pailTest, "bucketDefaults");
        List<User> users = users((String[]) attribute(pailTest, "users"));
        HarnessSettings settings = new HarnessSettings(buckets, (Boolean) attribute(pailTest, "strict"), builder -> {
            builder.region(region).port(port).bodyCaptureLimit(bodyCaptureLimit).latency(latency)
                    .authentication(authentication).bucketDefaults(bucketDefaults);
            users.forEach(builder::user);
        });
        settings.config(); // fails at once, e.g. for an access key id given twice
        return settings;
    }

    private static List<User> users(String[] specs) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            User user;
            try {
                user = User.parse(specs[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("users[" + i + "]: " + e.getMessage(), e);
            }
            if (user.accessKeyId().equals(User.DEFAULT_ACCESS_KEY_ID)) {
                throw new IllegalArgumentException("users[" + i + "]: \"" + User.DEFAULT_ACCESS_KEY_ID + "\" is the default "
                        + "user's access key id; the default user stays " + User.DEFAULT_ACCESS_KEY_ID + " / "
                        + User.DEFAULT_SECRET_ACCESS_KEY + " and needs no entry");
            }
            users.add(user);
        }
        return users;
    }

    /** The region the configuration ends up with. */
    public String region() {
        return config().region();
    }

    /** The embedded server's configuration. */
    public PailConfig config() {
        Pail.Builder builder = Pail.builder();
        configurer.accept(builder);
        return builder.buckets(buckets).build();
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            Method method = annotation.annotationType().getMethod(name);
            return method.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
        }
    }
}
