package dev.envelopes.sample.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, once the run ends, how many tests of the HTTP suite ran on which runtime, and how many of
 * them failed or were skipped: one line per runtime's module, so that the runs can be compared; and
 * beneath it, how many answers {@link Contract} checked. Registered for every run of the suite
 * through {@code META-INF/services}.
 */
public final class SuiteCounts implements TestExecutionListener {

  /**
   * The packages of the suite's test classes; another module that has the suite's jar, such as the
   * generated client's, runs tests of its own that are not the suite's.
   */
  private static final List<String> SUITE_PACKAGES =
      List.of("[class:dev.envelopes.sample.", "[class:dev.envelopes.glue.");

  private final Set<String> ran = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    if (identifier.isTest()) {
      skipped.addAndGet(ofSuite(identifier) ? 1 : 0);
    } else if (plan != null) {
      skipped.addAndGet(
          (int)
              plan.getDescendants(identifier).stream()
                  .filter(TestIdentifier::isTest)
                  .filter(SuiteCounts::ofSuite)
                  .count());
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    boolean successful = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
    if (identifier.isTest() && !ofSuite(identifier)) {
      return;
    }
    if (identifier.isTest()) {
      ran.add(identifier.getUniqueId());
      if (!successful) {
        failed.incrementAndGet();
      }
    } else if (!successful && plan != null) {
      // A class whose setup failed ran none of its tests: each of them failed.
      for (TestIdentifier test : plan.getDescendants(identifier)) {
        if (test.isTest() && ofSuite(test) && ran.add(test.getUniqueId())) {
          failed.incrementAndGet();
        }
      }
    }
  }

  private static boolean ofSuite(TestIdentifier test) {
    return SUITE_PACKAGES.stream().anyMatch(test.getUniqueId()::contains);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    int skippedTests = skipped.get();
    if (ran.isEmpty() && skippedTests == 0) {
      return; // a run of none of the suite's tests, such as a module's own unit tests
    }
    String runtime = SampleRuntime.current().name();
    System.out.println(
        "HTTP suite on "
            + runtime
            + ": "
            + (ran.size() + skippedTests)
            + " tests, "
            + failed.get()
            + " failed, "
            + skippedTests
            + " skipped");
    System.out.println(Contract.suite().summary(runtime));
  }
}
