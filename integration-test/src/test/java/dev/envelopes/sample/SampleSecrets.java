package dev.envelopes.sample;

/**
 * What the sample API keeps to itself and must never answer, for the tests in other packages to
 * look for in logs and answers: the sample's own constants are package-private.
 */
public final class SampleSecrets {

  /** The report service's database URL, with its password, which its failures mention. */
  public static final String REPORT_DATABASE = SampleApplication.REPORT_DATABASE;

  private SampleSecrets() {}
}
