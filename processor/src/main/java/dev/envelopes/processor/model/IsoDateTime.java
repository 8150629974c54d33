package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Arrays;
import java.util.Optional;

/**
 * A {@code java.time} type that a generated serializer can write as an ISO-8601 string itself, and
 * how: with one of the JDK's {@code DateTimeFormatter.ISO_*} constants, or with {@code toString()}
 * where that is the ISO-8601 form already. A {@code ZonedDateTime} is written with its offset and
 * without its zone id: {@code toString()} appends {@code [Europe/Paris]}, which ISO-8601 does not
 * have; Jackson's {@code JavaTimeModule} writes it so too.
 */
public enum IsoDateTime {
  INSTANT("Instant", "ISO_INSTANT"),
  OFFSET_DATE_TIME("OffsetDateTime", "ISO_OFFSET_DATE_TIME"),
  ZONED_DATE_TIME("ZonedDateTime", "ISO_OFFSET_DATE_TIME"),
  LOCAL_DATE("LocalDate", "ISO_LOCAL_DATE"),
  LOCAL_DATE_TIME("LocalDateTime", "ISO_LOCAL_DATE_TIME"),
  LOCAL_TIME("LocalTime", "ISO_LOCAL_TIME"),
  OFFSET_TIME("OffsetTime", "ISO_OFFSET_TIME"),
  /** {@code 2026}. */
  YEAR("Year", null),
  /** {@code 2026-03}. */
  YEAR_MONTH("YearMonth", null),
  /** {@code --03-20}. */
  MONTH_DAY("MonthDay", null),
  /** {@code PT1H30M}. */
  DURATION("Duration", null),
  /** {@code P1Y2M3D}. */
  PERIOD("Period", null);

  private static final String PACKAGE = "java.time";

  private final ClassName type;
  private final String formatter;

  IsoDateTime(String simpleName, String formatter) {
    this.type = ClassName.get(PACKAGE, simpleName);
    this.formatter = formatter;
  }

  /** The type. */
  public ClassName type() {
    return type;
  }

  /**
   * The name of the {@code DateTimeFormatter} constant that writes it, or empty when its {@code
   * toString()} is its ISO-8601 form.
   */
  public Optional<String> formatter() {
    return Optional.ofNullable(formatter);
  }

  /** The type named {@code qualifiedName}, if it is one of these. */
  public static Optional<IsoDateTime> of(String qualifiedName) {
    return Arrays.stream(values())
        .filter(value -> value.type.canonicalName().equals(qualifiedName))
        .findFirst();
  }
}
