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
  INSTANT("Instant", "ISO_INSTANT", "2026-03-20T09:15:30Z"),
  OFFSET_DATE_TIME("OffsetDateTime", "ISO_OFFSET_DATE_TIME", "2026-03-20T09:15:30Z"),
  ZONED_DATE_TIME("ZonedDateTime", "ISO_OFFSET_DATE_TIME", "2026-03-20T09:15:30Z"),
  LOCAL_DATE("LocalDate", "ISO_LOCAL_DATE", "2026-03-20"),
  LOCAL_DATE_TIME("LocalDateTime", "ISO_LOCAL_DATE_TIME", "2026-03-20T09:15:30"),
  LOCAL_TIME("LocalTime", "ISO_LOCAL_TIME", "09:15:30"),
  OFFSET_TIME("OffsetTime", "ISO_OFFSET_TIME", "09:15:30Z"),
  YEAR("Year", null, "2026"),
  YEAR_MONTH("YearMonth", null, "2026-03"),
  MONTH_DAY("MonthDay", null, "--03-20"),
  DURATION("Duration", null, "PT1H30M"),
  PERIOD("Period", null, "P1Y2M3D");

  private static final String PACKAGE = "java.time";

  private final ClassName type;
  private final String formatter;
  private final String sample;

  IsoDateTime(String simpleName, String formatter, String sample) {
    this.type = ClassName.get(PACKAGE, simpleName);
    this.formatter = formatter;
    this.sample = sample;
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

  /**
   * The ISO-8601 text of a value of the type, which its {@code parse} reads: what a generated check
   * asks the mapper to write, to see whether it writes the type as ISO-8601 too.
   */
  public String sample() {
    return sample;
  }

  /** The type named {@code qualifiedName}, if it is one of these. */
  public static Optional<IsoDateTime> of(String qualifiedName) {
    return Arrays.stream(values())
        .filter(value -> value.type.canonicalName().equals(qualifiedName))
        .findFirst();
  }
}
