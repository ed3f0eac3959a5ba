package dev.pail.testng;

import dev.pail.Pail;
import dev.pail.internal.harness.ContractBuckets;
import dev.pail.internal.harness.StrictMode;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.testng.IClassListener;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestClass;
import org.testng.ITestResult;

/**
 * TestNG support: {@code @Listeners(PailListener.class)} gives each test class an embedded Pail,
 * configured by {@link PailTest}, started before the class and closed (with its clients) after it.
 * {@link PailInject} fields are filled when the class starts. After every test method the server
 * returns to the declared, empty buckets with an empty journal and no fault rules, so each test
 * starts clean; a
 * failing test carries the requests it made, and strict mode fails a test that caused a 500 or 501.
 * Works with {@code parallel="classes"}: every class has its own server.
 *
 * <p>Contract mode: with the system property {@code pail.endpoint} (and {@code pail.region},
 * {@code pail.accessKeyId}, {@code pail.secretAccessKey}) no server starts and the clients talk to
 * that endpoint.
 */
public final class PailListener implements IClassListener, IInvokedMethodListener {

    private final ConcurrentMap<Class<?>, Running> servers = new ConcurrentHashMap<>();

    private final ConcurrentMap<Class<?>, RuntimeException> misconfigured = new ConcurrentHashMap<>();

    @Override
    public void onBeforeClass(ITestClass testClass) {
        Class<?> type = testClass.getRealClass();
        ClassSettings settings = ClassSettings.of(type);
        Pail pail = connectOrStart(settings);
        servers.put(type, new Running(pail, settings));
        try {
            if (!pail.isEmbedded()) {
                ContractBuckets.ensure(pail, settings.buckets());
            }
            FieldInjector.inject(type, null, pail);
            for (Object instance : testClass.getInstances(false)) {
                FieldInjector.inject(type, instance, pail);
            }
        } catch (RuntimeException e) {
            // TestNG aborts the whole run when a class listener throws: fail the class's tests instead.
            misconfigured.put(type, e);
        }
    }

    @Override
    public void onAfterClass(ITestClass testClass) {
        misconfigured.remove(testClass.getRealClass());
        Running running = servers.remove(testClass.getRealClass());
        if (running != null) {
            running.pail().close();
        }
    }

    @Override
    public void afterInvocation(IInvokedMethod method, ITestResult result) {
        if (!method.isTestMethod()) {
            return;
        }
        RuntimeException problem = misconfigured.get(method.getTestMethod().getRealClass());
        if (problem != null) {
            if (result.getStatus() != ITestResult.SKIP) {
                result.setStatus(ITestResult.FAILURE);
                result.setThrowable(problem);
            }
            return;
        }
        Running running = servers.get(method.getTestMethod().getRealClass());
        if (running == null) {
            return;
        }
        Pail pail = running.pail();
        if (!pail.isEmbedded()) {
            ContractBuckets.ensure(pail, running.settings().buckets());
            return;
        }
        try {
            if (result.getStatus() == ITestResult.FAILURE && result.getThrowable() != null) {
                result.getThrowable().addSuppressed(new JournalReport(pail.requests().toString()));
            } else if (running.settings().strict() && result.getStatus() == ITestResult.SUCCESS) {
                failOnUnimplementedOrInternalErrors(pail, result);
            }
        } finally {
            pail.reset();
        }
    }

    /** The server of a running test class (for tests of the listener). */
    Pail serverOf(Class<?> testClass) {
        Running running = servers.get(testClass);
        return running == null ? null : running.pail();
    }

    private static Pail connectOrStart(ClassSettings settings) {
        String endpoint = System.getProperty("pail.endpoint");
        if (endpoint == null || endpoint.isBlank()) {
            return Pail.start(settings.config());
        }
        String accessKey = System.getProperty("pail.accessKeyId", env("AWS_ACCESS_KEY_ID", "pail"));
        String secretKey = System.getProperty("pail.secretAccessKey", env("AWS_SECRET_ACCESS_KEY", "pail-secret"));
        return Pail.connect(URI.create(endpoint.trim()), Pail.builder()
                .region(System.getProperty("pail.region", settings.region())).credentials(accessKey, secretKey).build());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void failOnUnimplementedOrInternalErrors(Pail pail, ITestResult result) {
        StrictMode.violations(pail.requests()).ifPresent(message -> {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(new AssertionError(message));
        });
    }

    private record Running(Pail pail, ClassSettings settings) {
    }

    /** The journal attached to a failing test. */
    static final class JournalReport extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JournalReport(String journal) {
            super("Requests recorded by Pail during this test:\n" + journal, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
