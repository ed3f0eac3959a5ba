package dev.pail.testng;

import org.testng.ITestContext;
import org.testng.SkipException;
import org.testng.annotations.BeforeClass;

/**
 * Base of the test classes that exist to be run by {@link ListenerBehaviourTest} through TestNG's
 * API; they skip themselves when a build tool discovers them directly.
 */
public abstract class Fixture {

    /** The suite parameter the behaviour test sets. */
    static final String PARAMETER = "dev.pail.fixture";

    @BeforeClass(alwaysRun = true)
    public void onlyWhenRunByTheBehaviourTest(ITestContext context) {
        if (context.getCurrentXmlTest().getParameter(PARAMETER) == null) {
            throw new SkipException("a fixture for ListenerBehaviourTest");
        }
    }
}
