package dev.pail.testng;

import dev.pail.internal.harness.ContractTarget;
import dev.pail.internal.harness.HarnessSettings;
import dev.pail.internal.harness.Skips;
import dev.pail.internal.harness.TestServer;
import java.lang.annotation.Annotation;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.testng.IClassListener;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestClass;
import org.testng.ITestResult;
import org.testng.SkipException;

/**
 * TestNG support: {@code @Listeners(PailListener.class)} gives each test class an embedded Pail,
 * configured by {@link PailTest} (or JUnit 5's {@code @PailTest}), started before the class and
 * closed (with its clients) after it. {@link PailInject} fields are filled when the class starts.
 * Before every test method the server returns to the declared, empty buckets with an empty journal
 * and no fault rules, so each test starts clean; a failing test carries the requests it made, and
 * strict mode fails a test that caused a 500 or 501. Works with {@code parallel="classes"}: every
 * class has its own server.
 *
 * <p>Contract mode: with the system property {@code pail.endpoint} (and {@code pail.region},
 * {@code pail.accessKeyId}, {@code pail.secretAccessKey}, {@code pail.bucketPrefix}) no server
 * starts and the clients talk to that endpoint; the declared buckets are created, emptied before
 * each test and deleted after the class, and a test that needs the journal or fault rules ends as
 * skipped, saying why.
 *
 * <p>On the JUnit Platform (Maven Surefire with JUnit 5 tests beside), TestNG tests run only with
 * {@code org.junit.support:testng-engine} on the test classpath.
 */
public final class PailListener implements IClassListener, IInvokedMethodListener {

    private static final String JUNIT5_PAIL_TEST = "dev.pail.junit5.PailTest";

    private final ConcurrentMap<Class<?>, TestServer> servers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, RuntimeException> misconfigured = new ConcurrentHashMap<>();

    @Override
    public void onBeforeClass(ITestClass testClass) {
        Class<?> type = testClass.getRealClass();
        try {
            TestServer server = TestServer.start(settings(type), ContractTarget.fromSystemProperties());
            servers.put(type, server);
            FieldInjector.inject(type, null, server.pail());
            for (Object instance : testClass.getInstances(false)) {
                FieldInjector.inject(type, instance, server.pail());
            }
        } catch (RuntimeException e) {
            // TestNG aborts the whole run when a class listener throws: fail the class's tests instead.
            misconfigured.put(type, e);
        }
    }

    @Override
    public void onAfterClass(ITestClass testClass) {
        misconfigured.remove(testClass.getRealClass());
        TestServer server = servers.remove(testClass.getRealClass());
        if (server != null) {
            server.close();
        }
    }

    @Override
    public void beforeInvocation(IInvokedMethod method, ITestResult result) {
        if (method.isTestMethod()) {
            TestServer server = servers.get(method.getTestMethod().getRealClass());
            if (server != null) {
                server.beforeEach();
            }
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
        TestServer server = servers.get(method.getTestMethod().getRealClass());
        if (server == null) {
            return;
        }
        Throwable failure = result.getThrowable();
        if (result.getStatus() == ITestResult.FAILURE && failure != null) {
            if (Skips.isSkip(failure)) {
                result.setStatus(ITestResult.SKIP);
                result.setThrowable(new SkipException(failure.getMessage()));
            } else {
                server.report(failure);
            }
        } else if (result.getStatus() == ITestResult.SUCCESS) {
            server.strictViolations().ifPresent(message -> {
                result.setStatus(ITestResult.FAILURE);
                result.setThrowable(new AssertionError(message));
            });
        }
    }

    private static HarnessSettings settings(Class<?> type) {
        PailTest own = type.getAnnotation(PailTest.class);
        if (own != null) {
            return HarnessSettings.of(own);
        }
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(JUNIT5_PAIL_TEST)) {
                return HarnessSettings.of(annotation);
            }
        }
        return HarnessSettings.DEFAULTS;
    }
}
