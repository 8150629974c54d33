package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.UnreadableBodies;
import java.util.List;
import java.util.Optional;

/**
 * How the Spring glue answers in one style: the classes the style needs, the answer of each of its
 * handler methods, their paging checks, and its answer to each kind of failure. One subclass per
 * convention knows its wire; the writers render the same glue with each style's answers, and where
 * an API mixes styles, {@link StyleSwitch} picks the request's.
 *
 * <p>Each failure's answer is an expression of type {@code ResponseEntity<Object>}, in a method of
 * the exception handler where {@code request} is the {@code HttpServletRequest}.
 */
abstract class SpringStyle {

  final SpringNames names;
  final ApiPlan plan;
  final GeneratedNames shared;

  /** The style's class that builds its answers, such as {@code MetaResponses}. */
  final ClassName responses;

  private final Convention convention;

  SpringStyle(SpringNames names, ApiPlan plan, Convention convention, ClassName responses) {
    this.names = names;
    this.plan = plan;
    this.shared = names.shared();
    this.convention = convention;
    this.responses = responses;
  }

  /** The answers in {@code convention}. */
  static SpringStyle of(Convention convention, SpringNames names, ApiPlan plan) {
    return convention.choose(
        meta -> new MetaSpringStyle(names, plan, meta),
        bare -> new BareSpringStyle(names, plan, bare),
        status -> new StatusSpringStyle(names, plan, status),
        vendor -> new VendorSpringStyle(names, plan, vendor));
  }

  /** The convention this style answers in. */
  final Convention convention() {
    return convention;
  }

  /**
   * The Spring classes the style needs, written once per API that uses it, beside its {@code
   * ConventionRecords}.
   */
  abstract List<TypeSpec> supportFiles();

  /** The constants the exception handler's answers in this style refer to. */
  List<FieldSpec> handlerFields() {
    return List.of();
  }

  /**
   * Ends the {@code answer} method of an endpoint, once {@code data} (and {@code page} for a paged
   * method) are read: sets the status and headers on {@code response} and returns the envelope.
   * {@code links} is the API's {@code PublicLinks}.
   */
  abstract void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer);

  /** The body of a paged endpoint's {@code check(request)}, which refuses bad paging. */
  abstract CodeBlock check(PagingPlan paging);

  /** The answer to {@code exception}, which the API declares with {@code declaration}. */
  abstract CodeBlock declared(ErrorDeclaration declaration);

  /** The answer to values that do not validate: {@code messages}, a {@code FieldMessages}. */
  abstract CodeBlock violations(CodeBlock messages);

  /**
   * The answer to a body that could not be read: {@code failure}, a {@code BodyFailure} that is not
   * the server's fault, and {@code field}, the JSON path of the field at fault or {@code null}.
   */
  final CodeBlock unreadable(CodeBlock failure, CodeBlock field) {
    CodeBlock unknown = CodeBlock.of("$L == $T.UNKNOWN_FIELD", failure, names.bodyFailure());
    return CodeBlock.builder()
        .add("switch ($L) {\n$>", failure)
        .add("case MISSING -> $L;\n", missingBody())
        .add(
            "case NOT_JSON -> $L;\n",
            refusedBody(UnreadableBodies.message(LibraryException.Kind.JSON_PARSE)))
        .add(
            "case LIMITS -> $L;\n",
            refusedBody(UnreadableBodies.message(LibraryException.Kind.JSON_LIMITS)))
        .add(
            "case UNKNOWN_FIELD, MISMATCH -> $L == null\n$>? $L\n: $L;\n$<",
            field,
            refusedBody(UnreadableBodies.WRONG_SHAPE),
            refusedField(field, unknown))
        .add("default -> $L;\n", refusedBody(bodyNotValid()))
        .add("$<}")
        .build();
  }

  /** The answer to a request without the body its handler method requires. */
  abstract CodeBlock missingBody();

  /** The answer to a body refused for {@code message}, about no single field. */
  abstract CodeBlock refusedBody(String message);

  /**
   * The answer to a body whose {@code field} is unknown, where {@code unknown} holds, or does not
   * have the expected type or format.
   */
  abstract CodeBlock refusedField(CodeBlock field, CodeBlock unknown);

  /** What a body that is refused for no reason the style names says. */
  String bodyNotValid() {
    return "The request is not valid.";
  }

  /** The answer to a required query parameter that is missing: {@code name}, its name. */
  abstract CodeBlock missingParameter(CodeBlock name);

  /** The answer to a header or cookie that does not convert: {@code name}, its name. */
  abstract CodeBlock mismatchedParameter(CodeBlock name);

  /**
   * The answer to an error Spring raised with its own status: {@code statusCode}, an {@code
   * HttpStatusCode}, and {@code headers}, its {@code HttpHeaders}, which are kept.
   */
  final CodeBlock fromFramework(CodeBlock statusCode, CodeBlock headers) {
    return CodeBlock.of("$T.fromFramework($L, $L)", responses, statusCode, headers);
  }

  /** The 500 that says nothing about its cause. */
  final CodeBlock internalError() {
    return CodeBlock.of("$T.internalError()", responses);
  }

  /**
   * Sets the {@code Location} of a created or changed resource, if {@code endpoint} answers with
   * one; the style's {@code responses} has {@code locationOf}.
   */
  final void location(EndpointPlan endpoint, MethodSpec.Builder answer) {
    switch (endpoint.location()) {
      case NONE -> {}
      case NEW_RESOURCE ->
          answer.addStatement(
              "response.setHeader($T.LOCATION, $T.locationOf(request, $L, links))",
              SpringTypes.HTTP_HEADERS,
              responses,
              endpoint.convention().createdIdKey());
      case REQUEST ->
          answer.addStatement(
              "response.setHeader($T.LOCATION, links.link(request, $T.requestPath(request)))",
              SpringTypes.HTTP_HEADERS,
              names.shared().publicLinks());
    }
  }

  /** The style's helpers the exception handler calls, if any. */
  List<MethodSpec> handlerHelpers() {
    return List.of();
  }

  /**
   * The beans the style adds to {@code EnvelopesConfiguration}, such as a filter that reads its
   * requests before Spring MVC does; {@code @Bean} methods of the configuration.
   */
  List<MethodSpec> configurationBeans() {
    return List.of();
  }

  /**
   * Adds to the endpoint class of {@code endpoint} what the style needs beyond its paging constants
   * and its answer: constants ahead of the paging ones, and for a method without paging, the {@code
   * check} of its request, if the style checks it.
   */
  void endpointMembers(EndpointPlan endpoint, TypeSpec.Builder type) {}

  /**
   * The record {@code endpoint}'s answers are written as: {@code envelope}, its record, in a style
   * that has one for every answer; empty where the style answers the method's value as it is.
   */
  Optional<ClassName> envelopeOf(EndpointPlan endpoint, ClassName envelope) {
    return Optional.of(envelope);
  }
}
