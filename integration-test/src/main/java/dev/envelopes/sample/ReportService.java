package dev.envelopes.sample;

/**
 * Builds reports from a reporting database that the sample does not run: every call fails the way a
 * real service fails when its database is unreachable, with internals in the message that no client
 * may see.
 */
final class ReportService {

  /**
   * Where the sample's reporting database would be, with the password a leak would give away; the
   * sample runs none, so its reports always fail.
   */
  static final String SAMPLE_DATABASE =
      "jdbc:postgresql://reports.internal:5432/reports?user=report&password=s3cr3t-report-pw";

  private final String databaseUrl;

  ReportService(String databaseUrl) {
    this.databaseUrl = databaseUrl;
  }

  String summarize(Project project) {
    throw new IllegalStateException(
        "Cannot summarize project " + project.id() + ": " + databaseUrl + " is unreachable");
  }
}
