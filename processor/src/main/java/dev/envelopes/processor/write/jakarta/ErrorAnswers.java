package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * How the exception mapper answers in one convention: each link of the chain, the helper methods
 * its answers call (validation failures, JSON that does not fit), and the 500 for everything else.
 * One subclass per convention; the mapper renders the same chain with each convention's answers.
 */
abstract class ErrorAnswers {

  final MapperContext context;
  private final Convention convention;
  private final ClassName responses;
  private final String prefix;
  private final String internalErrorPhrase;

  /**
   * @param prefix what the convention's helper methods' names start with, such as {@code bare}
   * @param internalErrorPhrase how the javadoc of the 500 names it, such as "a bare 500"
   */
  ErrorAnswers(
      MapperContext context, Convention convention, String prefix, String internalErrorPhrase) {
    this.context = context;
    this.convention = convention;
    this.responses = ConventionClasses.of(convention, context.names()).responses();
    this.prefix = prefix;
    this.internalErrorPhrase = internalErrorPhrase;
  }

  /** The answers in {@code convention}. */
  static ErrorAnswers of(Convention convention, MapperContext context) {
    return convention.choose(
        meta -> new MetaErrorAnswers(context, meta),
        bare -> new BareErrorAnswers(context, bare),
        status -> new StatusErrorAnswers(context, status),
        vendor -> new VendorErrorAnswers(context, vendor));
  }

  Convention convention() {
    return convention;
  }

  /** The generated class whose factories build this convention's error responses. */
  final ClassName responses() {
    return responses;
  }

  /** The answer to an exception the API declares. */
  abstract CodeBlock declared(ErrorDeclaration declaration);

  /** The arguments, after {@code failure}, of the call that answers validation failures. */
  abstract CodeBlock violationArguments(ErrorLink link);

  /** The answer to a request body the JSON library could not read, saying {@code message}. */
  abstract CodeBlock unreadable(ErrorLink link, String message);

  /** The method that answers validation failures, each field with its messages. */
  abstract MethodSpec violations(ClassName exception);

  /** The method that answers JSON that does not fit the expected type. */
  abstract MethodSpec jsonMapping(ClassName exception);

  /** What the mapper's javadoc adds to a declared exception's line for this convention. */
  String describe(ErrorDeclaration declaration) {
    return "";
  }

  /** The name of the convention's helper method {@code base}, such as {@code bareViolations}. */
  final String named(String base) {
    return prefix.isEmpty() ? base : prefix + capitalized(base);
  }

  /** The method that answers, and logs, every exception the chain does not declare. */
  final String internalErrorName() {
    return named("internalError");
  }

  /** The answer to one of the framework's or the libraries' exceptions. */
  final CodeBlock library(ErrorLink link) {
    return switch (link.kind()) {
      case FRAMEWORK -> CodeBlock.of("$T.fromFramework(failure.getResponse())", responses());
      case CONSTRAINT_VIOLATION ->
          CodeBlock.of(
              "$L(failure$L$L)", named("violations"), violationArguments(link), context.passedOn());
      case JSON_PARSE, JSON_LIMITS -> unreadable(link, UnreadableBodies.message(link.kind()));
      case JSON_MAPPING -> CodeBlock.of("$L(failure)", named("jsonMapping"));
    };
  }

  /** Logs the exception in full and answers the convention's 500, which says nothing about it. */
  final MethodSpec internalError() {
    return MethodSpec.methodBuilder(internalErrorName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addJavadoc(
            "Logs {@code exception} in full and answers $L that says nothing about it.\n",
            internalErrorPhrase)
        .addParameter(Throwable.class, "exception")
        // An exception whose message throws would make the record unprintable: a stand-in then.
        .addStatement(
            "LOG.log($T.ERROR, $S, $T.of(exception))",
            ClassName.get(System.Logger.Level.class),
            "Answered 500 to an exception that no @ApiError or @MapException declares",
            RuntimeTypes.PRINTABLE_FAILURES)
        .addStatement("return $T.internalError()", responses())
        .build();
  }

  /**
   * The message of a declared exception in the conventions that show one: its fixed detail, else
   * its own message for an {@code @ApiError}, else the reason phrase of its status.
   */
  final CodeBlock messageOf(ErrorDeclaration declaration) {
    return ErrorMessages.declaredMessage(declaration, responses());
  }

  /** The start of the convention's answer to validation failures: the messages of each field. */
  final MethodSpec.Builder collectingViolations(
      String javadoc, ClassName exception, ParameterSpec... more) {
    return ViolationMessages.collecting(
        MethodSpec.methodBuilder(named("violations"))
            .addJavadoc(javadoc)
            .addParameter(exception, "exception")
            .addParameters(List.of(more)),
        internalErrorName(),
        context);
  }

  /** The convention's answer to JSON that does not fit, from its two answers. */
  final MethodSpec jsonMapping(
      String javadoc, ClassName exception, CodeBlock shapeError, CodeBlock fieldError) {
    return JsonMappingAnswers.method(
        MethodSpec.methodBuilder(named("jsonMapping")).addJavadoc(javadoc),
        exception,
        internalErrorName(),
        shapeError,
        fieldError);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
