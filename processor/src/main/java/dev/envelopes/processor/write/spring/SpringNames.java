package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.GeneratedNames;
import java.util.List;

/**
 * The names of the API-wide classes of the Spring glue, in the API's package; those it shares with
 * the other bindings (the status table, the meta records, {@code MetaResponses}...) come from
 * {@link GeneratedNames}.
 */
record SpringNames(GeneratedNames shared, String apiPackage) {

  /**
   * Every API-wide type the Spring glue may write: its own, and those it shares with the other
   * bindings. It is {@link SpringMvcWriter#apiWideTypes}: the validator checks these names.
   */
  List<ClassName> apiWide() {
    return List.of(
        endpoint(),
        endpoints(),
        returnType(),
        returnValues(),
        pagingChecks(),
        refusal(),
        exceptionHandler(),
        internalErrors(),
        brokenExceptions(),
        errorController(),
        jsonFailures(),
        bodyFailure(),
        configuration(),
        shared.headers(),
        shared.status(),
        shared.responses(),
        shared.errorEnvelope(),
        shared.badRequestEnvelope(),
        shared.fieldError(),
        shared.paging(),
        shared.bareError(),
        shared.bareResponses(),
        shared.barePaging(),
        shared.statusResponses(),
        shared.statusPaging(),
        shared.statusError(),
        shared.statusFailure(),
        shared.statusAttributeErrors(),
        shared.vendorError(),
        shared.vendorErrorDetail(),
        shared.vendorResponses(),
        shared.vendorRequests(),
        shared.vendorRequestIds(),
        shared.vendorQueries(),
        shared.vendorPaging(),
        shared.publicLinks(),
        shared.bodyNames());
  }

  ClassName endpoint() {
    return ClassName.get(apiPackage, "EnvelopesEndpoint");
  }

  ClassName endpoints() {
    return ClassName.get(apiPackage, "EnvelopesEndpoints");
  }

  ClassName returnType() {
    return ClassName.get(apiPackage, "EnvelopeReturnType");
  }

  ClassName returnValues() {
    return ClassName.get(apiPackage, "EnvelopesReturnValues");
  }

  ClassName pagingChecks() {
    return ClassName.get(apiPackage, "EnvelopesPagingChecks");
  }

  ClassName refusal() {
    return ClassName.get(apiPackage, "EnvelopesRefusal");
  }

  ClassName exceptionHandler() {
    return ClassName.get(apiPackage, "EnvelopesExceptionHandler");
  }

  ClassName internalErrors() {
    return ClassName.get(apiPackage, "EnvelopesInternalErrors");
  }

  ClassName brokenExceptions() {
    return ClassName.get(apiPackage, "EnvelopesBrokenExceptions");
  }

  ClassName errorController() {
    return ClassName.get(apiPackage, "EnvelopesErrorController");
  }

  ClassName jsonFailures() {
    return ClassName.get(apiPackage, "EnvelopesJsonFailures");
  }

  ClassName bodyFailure() {
    return ClassName.get(apiPackage, "BodyFailure");
  }

  ClassName configuration() {
    return ClassName.get(apiPackage, "EnvelopesConfiguration");
  }
}
