package dev.envelopes.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Cursor;
import dev.envelopes.Style;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.HiddenType;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.MediaTypes;
import dev.envelopes.processor.model.OptOut;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.VendorConvention;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one resource class and its enveloped methods. */
final class ResourceValidator {

  private final Reporter reporter;

  private final VendorValidator vendor;

  /** Whether the class's own {@code @Produces} was reported, which is reported once. */
  private boolean classProducesReported;

  ResourceValidator(Reporter reporter) {
    this.reporter = reporter;
    this.vendor = new VendorValidator(reporter);
  }

  void validate(ResourceModel resource) {
    String className = String.join(".", resource.type().simpleNames());
    // Where @Enveloped was written: on the class, or else on its first enveloped method.
    Origin enveloped =
        resource.envelopedAsClass() || resource.endpoints().isEmpty()
            ? resource.origin()
            : resource.endpoints().get(0).origin();
    if (resource.subResource()) {
      // A locator's object serves it, whatever kind of class declares its methods.
      validateMethods(className, resource);
      return;
    }
    if (resource.kind() == ResourceModel.TypeKind.ABSTRACT_CLASS) {
      reporter.error(Diagnostic.ENVELOPED_CLASS_ABSTRACT, enveloped, className);
      return;
    }
    if (resource.kind() == ResourceModel.TypeKind.INNER_CLASS) {
      reporter.error(Diagnostic.ENVELOPED_INNER_CLASS, enveloped, className);
      return;
    }
    if (resource.kind() != ResourceModel.TypeKind.CLASS) {
      reporter.error(Diagnostic.ENVELOPED_ON_NON_CLASS, enveloped, className);
      return;
    }
    if (!resource.hasPath()) {
      reporter.error(Diagnostic.ENVELOPED_CLASS_WITHOUT_PATH, enveloped, className);
      return;
    }
    if (resource.envelopedAsClass()
        && resource.endpoints().isEmpty()
        && resource.locators().isEmpty()) {
      reporter.error(
          Diagnostic.ENVELOPED_CLASS_WITHOUT_RESOURCE_METHODS, resource.origin(), className);
      return;
    }
    validateMethods(className, resource);
  }

  private void validateMethods(String className, ResourceModel resource) {
    classProducesReported = false;
    resource.optOuts().forEach(optOut -> validate(className, resource, optOut));
    for (LocatorModel locator : resource.locators()) {
      if (locator.subResource().isEmpty()) {
        reporter.error(
            Diagnostic.LOCATOR_RETURNS_NO_RESOURCE,
            locator.origin(),
            className + "." + locator.name(),
            locator.returnType());
      }
    }
    Set<String> names = new HashSet<>();
    for (EndpointModel endpoint : resource.endpoints()) {
      if (!names.add(endpoint.name())) {
        reporter.error(
            Diagnostic.RESOURCE_METHOD_OVERLOADED, endpoint.origin(), className, endpoint.name());
        continue;
      }
      validate(className + "." + endpoint.name(), endpoint);
    }
  }

  /** Checks that {@code @Unenveloped} opts the method out of something, and of all of it. */
  private void validate(String className, ResourceModel resource, OptOut optOut) {
    String method = className + "." + optOut.name();
    if (optOut.carriesEnveloped()) {
      reporter.error(Diagnostic.UNENVELOPED_BESIDE_ENVELOPED, optOut.origin(), method);
    } else if (!resource.envelopedAsClass()) {
      reporter.error(Diagnostic.UNENVELOPED_OPTS_OUT_OF_NOTHING, optOut.origin(), method);
    } else if (optOut.paging().isPresent()) {
      reporter.error(Diagnostic.PAGINATED_OPTED_OUT, optOut.paging().get().origin(), method);
    }
  }

  /** How the method leaves the envelope: by the opt-out if its class envelopes it. */
  private static String optOutAdvice(EndpointModel endpoint) {
    return endpoint.envelopedByClass()
        ? "opt this method out with @Unenveloped"
        : "remove @Enveloped from this method";
  }

  private void validate(String method, EndpointModel endpoint) {
    if (endpoint.httpMethod().isEmpty()) {
      reporter.error(Diagnostic.ENVELOPED_METHOD_WITHOUT_HTTP_METHOD, endpoint.origin(), method);
      return;
    }
    EndpointModel.Access access = endpoint.access();
    if (!access.isPublic()) {
      reporter.error(Diagnostic.RESOURCE_METHOD_NOT_PUBLIC, endpoint.origin(), method);
    } else if (access.isStatic()) {
      reporter.error(Diagnostic.RESOURCE_METHOD_STATIC, endpoint.origin(), method);
    } else if (access.isGeneric()) {
      reporter.error(Diagnostic.RESOURCE_METHOD_GENERIC, endpoint.origin(), method);
    } else if (!validateParameters(method, endpoint)) {
      return;
    } else if (validateReturn(method, endpoint)
        && validateProduces(method, endpoint)
        && vendor.validateEndpoint(method, endpoint)) {
      endpoint.paging().ifPresent(paging -> validatePaging(method, endpoint, paging));
    }
  }

  /**
   * Checks that the method produces JSON, the one media type an envelope is written in; a class's
   * {@code @Produces} is reported once, on the first method it applies to.
   */
  private boolean validateProduces(String method, EndpointModel endpoint) {
    if (endpoint.produces().isEmpty()) {
      return true;
    }
    MediaTypes produces = endpoint.produces().get();
    Optional<String> notJson = produces.firstNotJson();
    if (notJson.isEmpty()) {
      return true;
    }
    if (!produces.onClass() || !classProducesReported) {
      classProducesReported |= produces.onClass();
      reporter.error(
          Diagnostic.PRODUCES_NOT_JSON,
          produces.origin(),
          method,
          notJson.get(),
          optOutAdvice(endpoint));
    }
    return false;
  }

  private boolean validateParameters(String method, EndpointModel endpoint) {
    boolean body = false;
    for (ParameterModel parameter : endpoint.parameters()) {
      if (parameter.source() == ParameterModel.Source.BODY) {
        if (body) {
          reporter.error(Diagnostic.RESOURCE_METHOD_TWO_BODIES, parameter.origin(), method);
          return false;
        }
        body = true;
      }
      boolean cursorPaged =
          (endpoint.style() == Style.BARE || endpoint.style() == Style.VENDOR)
              && endpoint.paging().isPresent();
      if (parameter.type().equals(CURSOR) && !cursorPaged) {
        reporter.error(Diagnostic.CURSOR_WITHOUT_CURSOR_PAGING, parameter.origin(), method);
        return false;
      }
      if (parameter.source() == ParameterModel.Source.ASYNC_RESPONDER) {
        reporter.error(
            Diagnostic.RESOURCE_METHOD_SUSPENDED,
            parameter.origin(),
            method,
            simpleName(parameter),
            optOutAdvice(endpoint));
        return false;
      }
    }
    return true;
  }

  /** Checks what the method returns; false when that leaves nothing further worth checking. */
  private boolean validateReturn(String method, EndpointModel endpoint) {
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.Unwrappable) {
      reporter.error(
          Diagnostic.RETURNS_UNWRAPPABLE,
          endpoint.origin(),
          method,
          endpoint.returnType(),
          optOutAdvice(endpoint));
      return false;
    }
    if (returns instanceof ReturnShape.Generic) {
      reporter.error(
          Diagnostic.RETURNS_TYPE_VARIABLE, endpoint.origin(), method, endpoint.returnType());
      return false;
    }
    if (endpoint.hiddenPayload().isPresent()) {
      HiddenType hidden = endpoint.hiddenPayload().get();
      reporter.error(
          Diagnostic.PAYLOAD_HIDDEN_FROM_ENVELOPE,
          endpoint.origin(),
          method,
          endpoint.returnType(),
          hidden.name(),
          hidden.reach().describe());
      return false;
    }
    if (returns instanceof ReturnShape.RawPage) {
      reporter.error(Diagnostic.RAW_PAGE, endpoint.origin(), method);
      return false;
    }
    if (returns instanceof ReturnShape.Paged && endpoint.paging().isEmpty()) {
      reporter.error(Diagnostic.PAGE_WITHOUT_PAGINATED, endpoint.origin(), method);
      return false;
    }
    // Only the meta envelope answers a PATCH without data; other styles answer what it returns.
    if (endpoint.style() == Style.META
        && MetaConvention.modifies(endpoint)
        && !(returns instanceof ReturnShape.NoData)) {
      reporter.error(
          Diagnostic.PATCH_RETURNS_DATA, endpoint.origin(), method, endpoint.returnType());
      return false;
    }
    return true;
  }

  private void validatePaging(String method, EndpointModel endpoint, PagingModel paging) {
    if (!endpoint.httpMethod().get().equals("GET")) {
      reporter.error(
          Diagnostic.PAGINATED_NOT_GET, paging.origin(), method, endpoint.httpMethod().get());
      return;
    }
    if (!(endpoint.returns() instanceof ReturnShape.Paged)) {
      reporter.error(
          Diagnostic.PAGINATED_RETURNS_NO_PAGE, paging.origin(), method, endpoint.returnType());
      return;
    }
    if (paging.maxLimit() < 1) {
      reporter.error(
          Diagnostic.PAGINATED_MAX_LIMIT_TOO_SMALL,
          paging.origin().valueNamed("maxLimit"),
          paging.maxLimit(),
          method);
      return;
    }
    if (paging.maxOffset() < 0) {
      reporter.error(
          Diagnostic.PAGINATED_MAX_OFFSET_NEGATIVE,
          paging.origin().valueNamed("maxOffset"),
          paging.maxOffset(),
          method);
      return;
    }
    if (paging.boundsOffset() && endpoint.style() != Style.META) {
      reporter.error(
          Diagnostic.PAGINATED_MAX_OFFSET_WITHOUT_OFFSET,
          paging.origin().valueNamed("maxOffset"),
          method,
          Conventions.of(endpoint.style()).phrase());
      return;
    }
    for (String name : pagingParameterNames(endpoint.style())) {
      List<ParameterModel> bound =
          endpoint.parameters().stream()
              .filter(parameter -> parameter.source() == ParameterModel.Source.QUERY)
              .filter(parameter -> parameter.wireName().equals(name))
              .toList();
      if (bound.size() > 1) {
        reporter.error(
            Diagnostic.PAGING_PARAMETER_TWICE, bound.get(1).origin(), method, name, bound.size());
        return;
      }
    }
    if (endpoint.style() == Style.BARE || endpoint.style() == Style.VENDOR) {
      validateCursorPaging(method, endpoint, paging);
      return;
    }
    if (endpoint.style() == Style.STATUS) {
      validatePagePaging(method, endpoint, paging);
      return;
    }
    String offsetName = MetaConvention.OFFSET;
    Optional<ParameterModel> offset = endpoint.queryParameter(offsetName);
    Optional<ParameterModel> limit = endpoint.queryParameter(MetaConvention.LIMIT);
    if (offset.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          offsetName,
          reporter.words().queryParameter(offsetName, Optional.empty(), "long " + offsetName));
    } else if (limit.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          MetaConvention.LIMIT,
          reporter.words().queryParameter("limit", Optional.of("25"), "int limit"));
    } else if (isIntegral(offset.get()) && isIntegral(limit.get())) {
      validateDefaults(method, paging, offset.get(), limit.get());
    } else {
      ParameterModel wrong = isIntegral(offset.get()) ? limit.get() : offset.get();
      reporter.error(
          Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
          wrong.origin(),
          wrong.wireName(),
          method,
          wrong.type());
    }
  }

  /** Paging by page and per_page, in the status envelope. */
  private void validatePagePaging(String method, EndpointModel endpoint, PagingModel paging) {
    Optional<ParameterModel> page = endpoint.queryParameter(StatusConvention.PAGE);
    Optional<ParameterModel> perPage = endpoint.queryParameter(StatusConvention.PER_PAGE);
    if (page.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          StatusConvention.PAGE,
          reporter.words().queryParameter("page", Optional.of("1"), "long page"));
    } else if (perPage.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          StatusConvention.PER_PAGE,
          reporter.words().queryParameter("per_page", Optional.of("25"), "int perPage"));
    } else if (!isIntegral(page.get()) || !isIntegral(perPage.get())) {
      ParameterModel wrong = isIntegral(page.get()) ? perPage.get() : page.get();
      reporter.error(
          Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
          wrong.origin(),
          wrong.wireName(),
          method,
          wrong.type());
    } else if (!page.get().defaultValue().orElse("1").equals("1")) {
      reporter.error(
          Diagnostic.PAGING_PAGE_DEFAULT_NOT_ONE,
          page.get().origin(),
          page.get().defaultValue().get(),
          method);
    } else {
      validateLimitDefault(method, paging, perPage.get());
    }
  }

  /** Paging by signed cursor and limit, in the bare and vendor styles. */
  private void validateCursorPaging(String method, EndpointModel endpoint, PagingModel paging) {
    Optional<ParameterModel> cursor = endpoint.queryParameter(BareConvention.CURSOR);
    Optional<ParameterModel> limit = endpoint.queryParameter(BareConvention.LIMIT);
    if (cursor.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          BareConvention.CURSOR,
          reporter.words().queryParameter("cursor", Optional.of(""), "Cursor cursor"));
    } else if (limit.isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_MISSING,
          paging.origin(),
          method,
          BareConvention.LIMIT,
          reporter.words().queryParameter("limit", Optional.of("25"), "int limit"));
    } else if (!cursor.get().type().equals(CURSOR)) {
      reporter.error(
          Diagnostic.PAGING_CURSOR_NOT_CURSOR, cursor.get().origin(), method, cursor.get().type());
    } else if (!cursor.get().defaultValue().filter(String::isEmpty).isPresent()) {
      reporter.error(Diagnostic.PAGING_CURSOR_WITHOUT_EMPTY_DEFAULT, cursor.get().origin(), method);
    } else if (!isIntegral(limit.get())) {
      reporter.error(
          Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
          limit.get().origin(),
          limit.get().wireName(),
          method,
          limit.get().type());
    } else {
      validateLimitDefault(method, paging, limit.get());
    }
  }

  private void validateDefaults(
      String method, PagingModel paging, ParameterModel offset, ParameterModel limit) {
    Optional<String> offsetDefault = offset.defaultValue();
    if (offsetDefault.isPresent() && !offsetDefault.get().equals("0")) {
      reporter.error(
          Diagnostic.PAGING_OFFSET_DEFAULT_NOT_ZERO,
          offset.origin(),
          offsetDefault.get(),
          offset.wireName(),
          method);
      return;
    }
    validateLimitDefault(method, paging, limit);
  }

  private void validateLimitDefault(String method, PagingModel paging, ParameterModel limit) {
    if (limit.defaultValue().isEmpty()) {
      reporter.error(
          Diagnostic.PAGING_LIMIT_WITHOUT_DEFAULT, limit.origin(), limit.wireName(), method);
      return;
    }
    String limitDefault = limit.defaultValue().get();
    if (!limitDefault.matches("[0-9]{1,10}")
        || Long.parseLong(limitDefault) < 1
        || Long.parseLong(limitDefault) > paging.maxLimit()) {
      reporter.error(
          Diagnostic.PAGING_LIMIT_DEFAULT_OUT_OF_RANGE,
          limit.origin(),
          limitDefault,
          limit.wireName(),
          method,
          paging.maxLimit());
    }
  }

  private static final ClassName CURSOR = ClassName.get(Cursor.class);

  /** The query parameters that carry a page request in {@code style}. */
  private static List<String> pagingParameterNames(Style style) {
    return switch (style) {
      case META -> List.of(MetaConvention.OFFSET, MetaConvention.LIMIT);
      case BARE -> List.of(BareConvention.CURSOR, BareConvention.LIMIT);
      case STATUS -> List.of(StatusConvention.PAGE, StatusConvention.PER_PAGE);
      case VENDOR -> List.of(VendorConvention.CURSOR, VendorConvention.LIMIT);
    };
  }

  private static boolean isIntegral(ParameterModel parameter) {
    return parameter.primitive().filter(p -> p.equals("int") || p.equals("long")).isPresent();
  }

  private static String simpleName(ParameterModel parameter) {
    String name = parameter.type().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
