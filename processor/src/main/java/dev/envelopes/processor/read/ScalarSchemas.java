package dev.envelopes.processor.read;

import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.SchemaModel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The schema of each JDK value written as one JSON scalar, the one table of it: a payload's as
 * Jackson writes it ({@link TypeSchemas}, with {@code java.time} values and durations as ISO-8601
 * strings), and a request parameter's, whose text the framework reads.
 */
final class ScalarSchemas {

  static final SchemaModel STRING = scalar("string", "");
  static final SchemaModel INT32 = scalar("integer", "int32");
  static final SchemaModel INT64 = scalar("integer", "int64");

  /** JDK types Jackson writes as one scalar, by qualified name. */
  private static final Map<String, SchemaModel> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", STRING),
          Map.entry("java.lang.CharSequence", STRING),
          Map.entry("java.lang.Character", STRING),
          Map.entry("java.lang.Boolean", scalar("boolean", "")),
          Map.entry("java.util.concurrent.atomic.AtomicBoolean", scalar("boolean", "")),
          Map.entry("java.lang.Byte", INT32),
          Map.entry("java.lang.Short", INT32),
          Map.entry("java.lang.Integer", INT32),
          Map.entry("java.util.concurrent.atomic.AtomicInteger", INT32),
          Map.entry("java.util.OptionalInt", INT32),
          Map.entry("java.lang.Long", INT64),
          Map.entry("java.util.concurrent.atomic.AtomicLong", INT64),
          Map.entry("java.util.OptionalLong", INT64),
          Map.entry("java.lang.Float", scalar("number", "float")),
          Map.entry("java.lang.Double", scalar("number", "double")),
          Map.entry("java.util.OptionalDouble", scalar("number", "double")),
          Map.entry("java.math.BigDecimal", scalar("number", "")),
          Map.entry("java.lang.Number", scalar("number", "")),
          Map.entry("java.math.BigInteger", scalar("integer", "")),
          Map.entry("java.util.UUID", scalar("string", "uuid")),
          Map.entry("java.net.URI", scalar("string", "uri")),
          Map.entry("java.net.URL", scalar("string", "uri")),
          // With dates as text, databind writes these as ISO-8601 with an offset.
          Map.entry("java.util.Date", scalar("string", "date-time")),
          Map.entry("java.util.Calendar", scalar("string", "date-time")),
          Map.entry("java.util.Locale", STRING),
          Map.entry("java.util.Currency", STRING),
          Map.entry("java.util.TimeZone", STRING),
          Map.entry("java.time.ZoneId", STRING),
          Map.entry("java.time.ZoneOffset", STRING),
          Map.entry("java.nio.charset.Charset", STRING),
          Map.entry("java.util.regex.Pattern", STRING),
          Map.entry("java.lang.Class", STRING));

  /** The collections a framework fills from a parameter's repeated (or split) values. */
  private static final Set<String> REPEATED =
      Set.of(
          "java.util.List",
          "java.util.Set",
          "java.util.SortedSet",
          "java.util.Collection",
          "java.lang.Iterable");

  private ScalarSchemas() {}

  /** The schema of {@code type} if it is a primitive or a JDK type written as one scalar. */
  static Optional<SchemaModel> of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Optional.of(primitive(type.getKind()));
    }
    if (!(type instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return Optional.empty();
    }
    String name = element.getQualifiedName().toString();
    SchemaModel scalar = SCALARS.get(name);
    return scalar != null
        ? Optional.of(scalar)
        : IsoDateTime.of(name).map(ScalarSchemas::dateTimeOf);
  }

  /**
   * The schema of a request parameter's value of {@code type}: its scalar's, an array of its
   * element's for an array or a collection the framework fills from repeated values (never {@code
   * uniqueItems}: the framework folds duplicates rather than refusing them), and otherwise a
   * string, the text the framework converts.
   */
  static SchemaModel parameterOf(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return new SchemaModel.ArrayOf(parameterOf(array.getComponentType()), false);
    }
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && REPEATED.contains(element.getQualifiedName().toString())) {
      return new SchemaModel.ArrayOf(
          declared.getTypeArguments().isEmpty()
              ? STRING
              : parameterOf(declared.getTypeArguments().get(0)),
          false);
    }
    return of(type).orElse(STRING);
  }

  /** {@code {"type": type, "format": format}}, {@code format} empty for none. */
  static SchemaModel scalar(String type, String format) {
    return new SchemaModel.Scalar(type, format);
  }

  /**
   * A {@code java.time} value as an ISO-8601 string. JSON Schema's {@code date-time} and {@code
   * time} are RFC 3339's, which require an offset: a local date-time or time has no format.
   */
  private static SchemaModel dateTimeOf(IsoDateTime type) {
    return switch (type) {
      case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> scalar("string", "date-time");
      case LOCAL_DATE -> scalar("string", "date");
      case OFFSET_TIME -> scalar("string", "time");
      case DURATION, PERIOD -> scalar("string", "duration");
      case LOCAL_DATE_TIME, LOCAL_TIME, YEAR, YEAR_MONTH, MONTH_DAY -> STRING;
    };
  }

  private static SchemaModel primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> scalar("boolean", "");
      case LONG -> INT64;
      case FLOAT -> scalar("number", "float");
      case DOUBLE -> scalar("number", "double");
      case CHAR -> STRING;
      default -> INT32;
    };
  }
}
