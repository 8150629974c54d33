package dev.envelopes.sample;

/**
 * Builds reports from a reporting database that the sample does not run: every call fails the way a
 * real service fails when its database is unreachable, with internals in the message that no client
 * may see.
 */
final class ReportService {

  private final String databaseUrl;

  ReportService(String databaseUrl) {
    this.databaseUrl = databaseUrl;
  }

  String summarize(Project project) {
    throw new IllegalStateException(
        "Cannot summarize project " + project.id() + ": " + databaseUrl + " is unreachable");
  }
}
