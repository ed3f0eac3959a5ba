package dev.pail.testng;

import dev.pail.Pail;
import dev.pail.PailConfig;
import dev.pail.fault.Latency;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The configuration of a test class, from {@link PailTest} or JUnit 5's {@code dev.pail.junit5.PailTest}
 * (read reflectively, so JUnit need not be on the classpath).
 */
record ClassSettings(List<String> buckets, String region, int port, boolean strict, int bodyCaptureLimit,
                     Latency latency) {

    private static final String JUNIT5_PAIL_TEST = "dev.pail.junit5.PailTest";

    ClassSettings {
        buckets = List.copyOf(buckets);
    }

    static ClassSettings of(Class<?> testClass) {
        PailTest own = testClass.getAnnotation(PailTest.class);
        if (own != null) {
            return new ClassSettings(List.of(own.buckets()), own.region(), own.port(), own.strict(), own.bodyCaptureLimit(),
                    Latency.ofMillis(own.latencyMillis(), own.latencyJitterMillis(), own.latencySeed()));
        }
        for (Annotation annotation : testClass.getAnnotations()) {
            if (annotation.annotationType().getName().equals(JUNIT5_PAIL_TEST)) {
                return fromReflection(annotation);
            }
        }
        return new ClassSettings(List.of(), PailConfig.DEFAULT_REGION, 0, false, PailConfig.DEFAULT_BODY_CAPTURE_LIMIT,
                Latency.none());
    }

    private static ClassSettings fromReflection(Annotation annotation) {
        try {
            return new ClassSettings(List.of((String[]) attribute(annotation, "buckets")),
                    (String) attribute(annotation, "region"), (Integer) attribute(annotation, "port"),
                    (Boolean) attribute(annotation, "strict"), (Integer) attribute(annotation, "bodyCaptureLimit"),
                    Latency.ofMillis((Long) attribute(annotation, "latencyMillis"),
                            (Long) attribute(annotation, "latencyJitterMillis"), (Long) attribute(annotation, "latencySeed")));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
    }

    private static Object attribute(Annotation annotation, String name) throws ReflectiveOperationException {
        Method method = annotation.annotationType().getMethod(name);
        return method.invoke(annotation);
    }

    PailConfig config() {
        return Pail.builder().buckets(buckets).region(region).port(port).bodyCaptureLimit(bodyCaptureLimit)
                .latency(latency).build();
    }
}
