package dev.envelopes.processor.convention;

import dev.envelopes.HttpStatusPhrases;
import java.util.Locale;

/** The reason phrases of HTTP statuses, as the IANA registry names them. */
public final class ReasonPhrases {

  private ReasonPhrases() {}

  /** The reason phrase of {@code status}, or {@code "Status <n>"} for a status without one. */
  public static String of(int status) {
    return HttpStatusPhrases.of(status, "Status " + status);
  }

  /** A constant name for the status, from its phrase: {@code 404} is {@code NOT_FOUND}. */
  public static String constantNameOf(int status) {
    return of(status).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
