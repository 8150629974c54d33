package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.write.JavaStrings;

/**
 * The exception mapper's answers in a convention whose every error carries a code of its document
 * beside its status (bare, vendor): {@code error(status, code, message...)}, with a declaration's
 * status and code, else those the convention answers invalid input with. Only what follows the
 * message differs between them.
 */
abstract class CodedErrorAnswers extends ErrorAnswers {

  private final String afterMessage;

  /**
   * @param afterMessage what the convention's {@code error} factory takes after the message, such
   *     as the vendor style's {@code , null} for no field
   */
  CodedErrorAnswers(
      MapperContext context,
      Convention convention,
      String prefix,
      String internalErrorPhrase,
      String afterMessage) {
    super(context, convention, prefix, internalErrorPhrase);
    this.afterMessage = afterMessage;
  }

  @Override
  final CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L, $L,$W$L$L)",
        responses(),
        status(declaration),
        JavaStrings.of(code(declaration)),
        messageOf(declaration),
        afterMessage);
  }

  @Override
  final CodeBlock violationArguments(ErrorLink link) {
    return CodeBlock.of(", $L, $L", status(link), JavaStrings.of(code(link)));
  }

  @Override
  final CodeBlock unreadable(ErrorLink link, String message) {
    return CodeBlock.of(
        "$T.error($L, $L,$W$S$L)",
        responses(),
        status(link),
        JavaStrings.of(code(link)),
        message,
        afterMessage);
  }

  /** The parameters of the answer to validation failures that {@link #violationArguments} fills. */
  static ParameterSpec[] statusAndCode() {
    return new ParameterSpec[] {
      ParameterSpec.builder(TypeName.INT, "status").build(),
      ParameterSpec.builder(String.class, "code").build()
    };
  }

  /** The status of a declared exception's answer. */
  final int status(ErrorDeclaration declaration) {
    return convention().declaredStatus(declaration);
  }

  /** The code of a declared exception's answer. */
  final String code(ErrorDeclaration declaration) {
    return convention().declaredCode(declaration, context.statuses());
  }

  /** The status of a library exception's answer: its declaration's, else invalid input's. */
  private int status(ErrorLink link) {
    return link.declaration().map(this::status).orElse(convention().invalidStatus());
  }

  /** The code of a library exception's answer: its declaration's, else invalid input's. */
  private String code(ErrorLink link) {
    return link.declaration().map(this::code).orElse(convention().invalidCode(context.statuses()));
  }
}
