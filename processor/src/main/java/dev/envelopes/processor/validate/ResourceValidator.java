package dev.envelopes.processor.validate;

import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.PagingScheme;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.HiddenType;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.MediaTypes;
import dev.envelopes.processor.model.OptOut;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Checks one resource class and its enveloped methods. */
final class ResourceValidator {

  private final Reporter reporter;

  private final VendorValidator vendor;

  private final PagingValidator paging;

  /** Whether the class's own {@code @Produces} was reported, which is reported once. */
  private boolean classProducesReported;

  ResourceValidator(Reporter reporter) {
    this.reporter = reporter;
    this.vendor = new VendorValidator(reporter);
    this.paging = new PagingValidator(reporter);
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
    if (endpoint.httpMethods().size() > 1) {
      reporter.error(
          Diagnostic.HTTP_METHOD_NOT_ONE,
          endpoint.origin(),
          method,
          String.join(", ", endpoint.httpMethods()));
      return;
    }
    if (endpoint.httpMethod().isEmpty()) {
      reporter.error(Diagnostic.ENVELOPED_METHOD_WITHOUT_HTTP_METHOD, endpoint.origin(), method);
      return;
    }
    if (endpoint.delivery() == EndpointModel.Delivery.VIEW) {
      reporter.error(Diagnostic.ENVELOPED_METHOD_ANSWERS_VIEW, endpoint.origin(), method);
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
      endpoint.paging().ifPresent(paging -> this.paging.validate(method, endpoint, paging));
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
          Conventions.of(endpoint.style()).pagingParameters().scheme() == PagingScheme.CURSOR
              && endpoint.paging().isPresent();
      if (parameter.type().equals(PagingValidator.CURSOR) && !cursorPaged) {
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
      // In the framework's typed response, what cannot be wrapped is a body type it cannot see.
      Diagnostic unwrappable =
          endpoint.delivery() == EndpointModel.Delivery.BODY_IN_RESPONSE
              ? Diagnostic.RESPONSE_BODY_TYPE_UNSEEN
              : Diagnostic.RETURNS_UNWRAPPABLE;
      reporter.error(
          unwrappable, endpoint.origin(), method, endpoint.returnType(), optOutAdvice(endpoint));
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
    if (!Conventions.of(endpoint.style()).patchAnswersData()
        && MetaConvention.modifies(endpoint)
        && !(returns instanceof ReturnShape.NoData)) {
      reporter.error(
          Diagnostic.PATCH_RETURNS_DATA, endpoint.origin(), method, endpoint.returnType());
      return false;
    }
    return true;
  }

  private static String simpleName(ParameterModel parameter) {
    String name = parameter.type().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
