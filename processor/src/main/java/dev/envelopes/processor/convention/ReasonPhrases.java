package dev.envelopes.processor.convention;

import dev.envelopes.HttpStatusPhrases;
import java.util.Locale;
import java.util.regex.Pattern;

/** The reason phrases of HTTP statuses, as the IANA registry names them. */
public final class ReasonPhrases {

  /** What a constant name writes as one underscore; compiled once, as it is asked per answer. */
  private static final Pattern NOT_IN_CONSTANT = Pattern.compile("[^A-Z0-9]+");

  private ReasonPhrases() {}

  /** The reason phrase of {@code status}, or {@code "Status <n>"} for a status without one. */
  public static String of(int status) {
    return HttpStatusPhrases.of(status, "Status " + status);
  }

  /** A constant name for the status, from its phrase: {@code 404} is {@code NOT_FOUND}. */
  public static String constantNameOf(int status) {
    return NOT_IN_CONSTANT.matcher(of(status).toUpperCase(Locale.ROOT)).replaceAll("_");
  }
}
