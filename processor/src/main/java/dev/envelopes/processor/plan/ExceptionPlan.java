package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.LibraryException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the API's exception mapper decides, made once from the model: the chain of exception classes
 * in the order they are tested, the conventions it answers in, the constants of the exceptions
 * with codes of their own, and which style a failed request answers in.
 *
 * @param chain every link, subclasses before their superclasses, then by name
 * @param conventions the conventions the API answers in, in the order of their styles
 * @param defaultConvention the convention of a request that reached no method of another style
 * @param ownCodes the constant of each exception declared with a code of its own, by class name
 * @param aheadMappers the names of the single-class mappers that must be registered ahead of the
 *     libraries' own mappers for the same classes
 * @param resourceStyles the resources whose methods answer in a style other than the default
 * @param namesBodyFields whether validation failures name a body's fields as the application's
 *     mapper reads them, which needs the application's providers
 * @param pathStyles the style of a failed request that reached no resource method, by its path
 */
public record ExceptionPlan(
    List<ErrorLink> chain,
    List<Convention> conventions,
    Convention defaultConvention,
    Map<ErrorDeclaration, String> ownCodes,
    List<String> aheadMappers,
    List<ResourceStyles> resourceStyles,
    boolean namesBodyFields,
    PathStyles pathStyles) {

  /** The plan of {@code api}'s exception mapper. */
  public static ExceptionPlan of(ApiModel api) {
    List<String> ahead = new ArrayList<>();
    for (LibraryException exception : api.libraries().exceptions()) {
      aheadMapperOf(exception.kind()).ifPresent(ahead::add);
      narrowerMapperOf(exception.kind()).ifPresent(ahead::add);
    }
    return new ExceptionPlan(
        chain(api),
        api.styles().stream().map(Conventions::of).toList(),
        Conventions.of(api.defaultStyle()),
        ownCodes(api),
        List.copyOf(ahead),
        ResourceStyles.of(api),
        api.libraries().namesBodyFieldsAsJson(),
        PathStyles.of(api));
  }

  /** Whether the API mixes conventions, so that each answer first finds the failed request's. */
  public boolean mixed() {
    return conventions.size() > 1;
  }

  /**
   * The name of the single-class mapper that answers {@code kind} ahead of its library's own
   * mapper, which would answer outside the envelope; empty for the exceptions no library maps.
   */
  public static Optional<String> aheadMapperOf(LibraryException.Kind kind) {
    return switch (kind) {
      case FRAMEWORK -> Optional.empty();
      // RESTEasy's Jackson provider maps JsonProcessingException, the limits' superclass.
      case JSON_LIMITS -> Optional.of("JsonLimitErrors");
      case CONSTRAINT_VIOLATION -> Optional.of("ConstraintViolations");
      case JSON_PARSE -> Optional.of("JsonParseErrors");
      case JSON_MAPPING -> Optional.of("JsonMappingErrors");
    };
  }

  /**
   * The name of the mapper that answers the subclass of {@code kind} that a runtime's own mapper
   * answers, empty when none does: the mapper of the nearest superclass wins (Jakarta REST 4.0,
   * 4.4), so that Quarkus's mapper of {@code MismatchedInputException} would take wrong types and
   * unknown fields from the mapper of {@code JsonMappingException}.
   */
  public static Optional<String> narrowerMapperOf(LibraryException.Kind kind) {
    return kind == LibraryException.Kind.JSON_MAPPING
        ? Optional.of("JsonInputMismatches")
        : Optional.empty();
  }

  /** Whether some link of the chain answers {@code kind}. */
  public boolean answers(LibraryException.Kind kind) {
    return chain.stream().anyMatch(link -> link.library().filter(kind::equals).isPresent());
  }

  private static List<ErrorLink> chain(ApiModel api) {
    List<ErrorLink> chain = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (ErrorDeclaration declaration : api.errors()) {
      declared.add(declaration.exception().canonicalName());
    }
    for (LibraryException exception : api.libraries().exceptions()) {
      Optional<ErrorDeclaration> declaration =
          api.errors().stream()
              .filter(error -> error.exception().equals(exception.type()))
              .findFirst();
      // A declaration replaces a library's default answer, except that validation failures
      // keep naming their fields whatever code the user gives them.
      if (declaration.isEmpty() || exception.kind() == LibraryException.Kind.CONSTRAINT_VIOLATION) {
        chain.add(
            new ErrorLink(
                exception.type(), exception.depth(), declaration, Optional.of(exception.kind())));
        declared.remove(exception.type().canonicalName());
      }
    }
    for (ErrorDeclaration declaration : api.errors()) {
      if (declared.contains(declaration.exception().canonicalName())) {
        chain.add(
            new ErrorLink(
                declaration.exception(),
                declaration.depth(),
                Optional.of(declaration),
                Optional.empty()));
      }
    }
    chain.sort(
        Comparator.comparingInt(ErrorLink::depth)
            .reversed()
            .thenComparing(link -> link.type().canonicalName()));
    return List.copyOf(chain);
  }

  /** A constant per exception with a code of its own, named after the class, never twice. */
  private static Map<ErrorDeclaration, String> ownCodes(ApiModel api) {
    Map<ErrorDeclaration, String> constants =
        new TreeMap<>(
            Comparator.comparing(
                (ErrorDeclaration declaration) -> declaration.exception().canonicalName()));
    Set<String> taken = new HashSet<>();
    for (ErrorDeclaration declaration : api.errors()) {
      if (declaration.hasOwnCode()) {
        String base = constantName(declaration.exception().simpleName());
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + "_" + i;
        }
        constants.put(declaration, name);
      }
    }
    return constants;
  }

  private static String constantName(String simpleName) {
    return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
