package dev.envelopes.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Cursor;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.PagingScheme;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ReturnShape;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@code @Paginated} method: a {@code GET} that returns a page, with sane bounds, and the
 * two query parameters its convention pages by, each declared once, of the right type and with the
 * default of a first page.
 */
final class PagingValidator {

  /** The letter after an underscore, which a Java name writes in upper case: {@code perPage}. */
  private static final Pattern SNAKE = Pattern.compile("_([a-z])");

  /** The type of a cursor parameter. */
  static final ClassName CURSOR = ClassName.get(Cursor.class);

  private final Reporter reporter;

  PagingValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void validate(String method, EndpointModel endpoint, PagingModel paging) {
    Convention convention = Conventions.of(endpoint.style());
    if (!endpoint.httpMethod().get().equals("GET")) {
      reporter.error(
          Diagnostic.PAGINATED_NOT_GET, paging.origin(), method, endpoint.httpMethod().get());
    } else if (!(endpoint.returns() instanceof ReturnShape.Paged)) {
      reporter.error(
          Diagnostic.PAGINATED_RETURNS_NO_PAGE, paging.origin(), method, endpoint.returnType());
    } else if (paging.maxLimit() < 1) {
      allowsNoPage(
          Diagnostic.PAGINATED_MAX_LIMIT_TOO_SMALL, paging, "maxLimit", paging.maxLimit(), method);
    } else if (paging.maxOffset() < 0) {
      allowsNoPage(
          Diagnostic.PAGINATED_MAX_OFFSET_NEGATIVE,
          paging,
          "maxOffset",
          paging.maxOffset(),
          method);
    } else if (paging.boundsOffset()
        && convention.pagingParameters().scheme() != PagingScheme.OFFSET) {
      reporter.error(
          Diagnostic.PAGINATED_MAX_OFFSET_WITHOUT_OFFSET,
          paging.origin().valueNamed("maxOffset"),
          method,
          convention.phrase());
    } else if (eachParameterOnce(method, endpoint, convention)) {
      validateParameters(method, endpoint, paging, convention);
    }
  }

  /**
   * Reports {@code diagnostic} on the {@code @Paginated} attribute whose {@code value} allows no
   * page at all.
   */
  private void allowsNoPage(
      Diagnostic diagnostic, PagingModel paging, String attribute, long value, String method) {
    reporter.error(diagnostic, paging.origin().valueNamed(attribute), value, method);
  }

  private boolean eachParameterOnce(String method, EndpointModel endpoint, Convention convention) {
    for (String name : convention.pagingParameters().names()) {
      List<ParameterModel> bound =
          endpoint.parameters().stream()
              .filter(parameter -> parameter.source() == ParameterModel.Source.QUERY)
              .filter(parameter -> parameter.wireName().equals(name))
              .toList();
      if (bound.size() > 1) {
        reporter.error(
            Diagnostic.PAGING_PARAMETER_TWICE, bound.get(1).origin(), method, name, bound.size());
        return false;
      }
    }
    return true;
  }

  /**
   * Checks where the page starts, then its size; a position that is a number is checked for its
   * type before the size is, and for its default after.
   */
  private void validateParameters(
      String method, EndpointModel endpoint, PagingModel paging, Convention convention) {
    PagingScheme scheme = convention.pagingParameters().scheme();
    String positionName = convention.pagingParameters().position();
    String sizeName = convention.pagingParameters().size();
    Optional<ParameterModel> position = endpoint.queryParameter(positionName);
    Optional<ParameterModel> size = endpoint.queryParameter(sizeName);
    if (position.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          positionName,
          positionExample(scheme, positionName, reporter.words()));
    } else if (size.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          sizeName,
          reporter
              .words()
              .queryParameter(sizeName, Optional.of("25"), "int " + javaName(sizeName)));
    } else if (validatePosition(method, scheme, position.get())
        && isIntegral(method, size.get())
        && validatePositionDefault(method, scheme, position.get())) {
      validateSizeDefault(method, paging, size.get());
    }
  }

  /**
   * How the position parameter is declared, for the message that says it is missing: with the
   * first page as its default, which a framework that refuses a request without it needs.
   */
  private static String positionExample(PagingScheme scheme, String name, FrameworkWords words) {
    return switch (scheme) {
      case OFFSET -> words.queryParameter(name, Optional.of("0"), "long " + name);
      case PAGE -> words.queryParameter(name, Optional.of("1"), "long " + name);
      case CURSOR -> words.queryParameter(name, Optional.of(""), "Cursor " + name);
    };
  }

  /** Checks the position's type: a whole number, or a cursor whose default is the first page. */
  private boolean validatePosition(String method, PagingScheme scheme, ParameterModel position) {
    if (scheme != PagingScheme.CURSOR) {
      return isIntegral(method, position);
    }
    if (!position.type().equals(CURSOR)) {
      reporter.error(
          Diagnostic.PAGING_CURSOR_NOT_CURSOR, position.origin(), method, position.type());
      return false;
    }
    if (!position.defaultValue().filter(String::isEmpty).isPresent()) {
      reporter.error(
          Diagnostic.PAGING_CURSOR_WITHOUT_EMPTY_DEFAULT,
          position.origin(),
          method,
          position
              .defaultValue()
              .map(other -> "start from the cursor \"" + other + "\"")
              .orElseGet(() -> withoutValue(position, "pass null")));
      return false;
    }
    return true;
  }

  /** Checks that a number's default, if it has one, is the first page: offset 0, page 1. */
  private boolean validatePositionDefault(
      String method, PagingScheme scheme, ParameterModel position) {
    Optional<String> byDefault = position.defaultValue();
    if (byDefault.isEmpty() && position.withoutValue() != ParameterModel.WithoutValue.EMPTY) {
      reporter.error(
          Diagnostic.PAGING_POSITION_WITHOUT_DEFAULT,
          position.origin(),
          position.wireName(),
          method,
          withoutValue(position, ""),
          scheme == PagingScheme.OFFSET ? "0" : "1");
      return false;
    }
    if (scheme == PagingScheme.OFFSET && byDefault.filter(d -> !d.equals("0")).isPresent()) {
      reporter.error(
          Diagnostic.PAGING_OFFSET_DEFAULT_NOT_ZERO,
          position.origin(),
          byDefault.get(),
          position.wireName(),
          method);
      return false;
    }
    if (scheme == PagingScheme.PAGE && byDefault.filter(d -> !d.equals("1")).isPresent()) {
      reporter.error(
          Diagnostic.PAGING_PAGE_DEFAULT_NOT_ONE, position.origin(), byDefault.get(), method);
      return false;
    }
    return true;
  }

  private void validateSizeDefault(String method, PagingModel paging, ParameterModel size) {
    if (size.defaultValue().isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_LIMIT_WITHOUT_DEFAULT,
          size.origin(),
          size.wireName(),
          method,
          withoutValue(size, "ask for 0 records"));
      return;
    }
    String sizeDefault = size.defaultValue().get();
    if (!sizeDefault.matches("[0-9]{1,10}")
        || Long.parseLong(sizeDefault) < 1
        || Long.parseLong(sizeDefault) > paging.maxLimit()) {
      reporter.error(
          Diagnostic.PAGING_LIMIT_DEFAULT_OUT_OF_RANGE,
          size.origin(),
          sizeDefault,
          size.wireName(),
          method,
          paging.maxLimit());
    }
  }

  /**
   * What becomes of a request that lacks the value of {@code parameter}, which declares no
   * default, as a message continues "a request without one would": {@code empty} where the
   * framework gives it its type's empty value.
   */
  private static String withoutValue(ParameterModel parameter, String empty) {
    return switch (parameter.withoutValue()) {
      case EMPTY -> empty;
      case REFUSED -> "be refused with 400 Bad Request";
      case NULL ->
          "fail: null cannot be given to the "
              + parameter.primitive().orElse(parameter.type().toString())
              + " "
              + parameter.name();
    };
  }

  /** Whether the parameter is an {@code int} or a {@code long}; reports it when it is not. */
  private boolean isIntegral(String method, ParameterModel parameter) {
    if (parameter.primitive().filter(p -> p.equals("int") || p.equals("long")).isPresent()) {
      return true;
    }
    reporter.error(
        Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
        parameter.origin(),
        parameter.wireName(),
        method,
        parameter.type());
    return false;
  }

  private static String javaName(String name) {
    return SNAKE.matcher(name).replaceAll(letter -> letter.group(1).toUpperCase(Locale.ROOT));
  }
}
