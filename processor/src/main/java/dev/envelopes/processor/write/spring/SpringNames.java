package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.GeneratedNames;

/**
 * The names of the API-wide classes of the Spring glue, in the API's package; those it shares with
 * the other bindings (the status table, the meta records, {@code MetaResponses}...) come from
 * {@link GeneratedNames}.
 */
record SpringNames(GeneratedNames shared, String apiPackage) {

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
