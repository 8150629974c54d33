package dev.envelopes.processor.read;

import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.SchemaModel;
import java.util.HashMap;
import java.util.List;
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
      table(
          Map.entry(
              STRING,
              List.of(
                  "java.lang.String",
                  "java.lang.CharSequence",
                  "java.lang.Character",
                  "java.util.Locale",
                  "java.util.Currency",
                  "java.util.TimeZone",
                  "java.time.ZoneId",
                  "java.time.ZoneOffset",
                  "java.nio.charset.Charset",
                  "java.util.regex.Pattern",
                  "java.lang.Class")),
          Map.entry(
              scalar("boolean", ""),
              List.of("java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean")),
          Map.entry(
              INT32,
              List.of(
                  "java.lang.Byte",
                  "java.lang.Short",
                  "java.lang.Integer",
                  "java.util.concurrent.atomic.AtomicInteger",
                  "java.util.OptionalInt")),
          Map.entry(
              INT64,
              List.of(
                  "java.lang.Long",
                  "java.util.concurrent.atomic.AtomicLong",
                  "java.util.OptionalLong")),
          Map.entry(scalar("number", "float"), List.of("java.lang.Float")),
          Map.entry(
              scalar("number", "double"), List.of("java.lang.Double", "java.util.OptionalDouble")),
          Map.entry(scalar("number", ""), List.of("java.math.BigDecimal", "java.lang.Number")),
          Map.entry(scalar("integer", ""), List.of("java.math.BigInteger")),
          Map.entry(scalar("string", "uuid"), List.of("java.util.UUID")),
          Map.entry(scalar("string", "uri"), List.of("java.net.URI", "java.net.URL")),
          // With dates as text, databind writes these as ISO-8601 with an offset.
          Map.entry(
              scalar("string", "date-time"), List.of("java.util.Date", "java.util.Calendar")));

  /** The collections a framework fills from a parameter's repeated (or split) values. */
  private static final Set<String> REPEATED =
      Set.of(
          "java.util.List",
          "java.util.Set",
          "java.util.SortedSet",
          "java.util.Collection",
          "java.lang.Iterable");

  /**
   * Types Jackson writes as ISO-8601 text but a framework reads another way ({@code new
   * Date(String)} parses neither ISO-8601 nor RFC 3339), so that as a parameter they are text.
   */
  private static final Set<String> READ_OTHERWISE = Set.of("java.util.Date", "java.util.Calendar");

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
   * string, the text the framework converts (also for a date Jackson writes as ISO-8601 text but
   * the framework does not read as such).
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
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && READ_OTHERWISE.contains(element.getQualifiedName().toString())) {
      return STRING;
    }
    return of(type).orElse(STRING);
  }

  /**
   * The table of {@code schemas}, each with the qualified names of the types it is the schema of.
   */
  @SafeVarargs
  private static Map<String, SchemaModel> table(Map.Entry<SchemaModel, List<String>>... schemas) {
    Map<String, SchemaModel> table = new HashMap<>();
    for (Map.Entry<SchemaModel, List<String>> schema : schemas) {
      schema.getValue().forEach(name -> table.put(name, schema.getKey()));
    }
    return Map.copyOf(table);
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
