package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.FieldMessageTypes;
import java.util.HashSet;
import java.util.Set;

/**
 * The exception mapper's answers in the vendor style: {@code {request_uuid, status, errors}}, one
 * error per invalid field, a {@code missing_param} for a field with no value at all.
 */
final class VendorErrorAnswers extends CodedErrorAnswers {

  /** The code of a value that does not validate. */
  private static final String INVALID_ATTRIBUTE = VendorConvention.INVALID_ATTRIBUTE;

  VendorErrorAnswers(MapperContext context, VendorConvention vendor) {
    super(context, vendor, "vendor", "a vendor 500", ", null");
  }

  @Override
  MethodSpec violations(ClassName exception) {
    ClassName responses = responses();
    return collectingViolations(
            """
Answers validation failures in the vendor style: one error per field, whose message joins the
field's messages in order; a field with no value at all is a {@code missing_param}. A violation
of a return value is the server's fault and answers 500.
""",
            exception,
            statusAndCode())
        .addStatement(
            "$T missing = new $T<>()",
            ParameterizedTypeName.get(Set.class, String.class),
            HashSet.class)
        .beginControlFlow(
            "for ($T violation : exception.getConstraintViolations())",
            ViolationMessages.ANY_VIOLATION)
        .beginControlFlow("if (violation.getInvalidValue() == null)")
        .addStatement("missing.add(fieldOf(violation$L))", context.passedOn())
        .endControlFlow()
        .endControlFlow()
        .addStatement(SupportMembers.newList("errors", context.names().vendorErrorDetail()))
        .beginControlFlow("$L", FieldMessageTypes.EACH_FIELD)
        .beginControlFlow("if (field.getKey() != null && missing.contains(field.getKey()))")
        .addStatement(
            "errors.add($T.detail($S, $S + field.getKey(), field.getKey()))",
            responses,
            VendorConvention.MISSING_PARAM,
            VendorConvention.MISSING_PARAM_MESSAGE)
        .addStatement("continue")
        .endControlFlow()
        .addStatement(
            "$T message = $T.join($S, field.getValue())", String.class, String.class, ", ")
        .addStatement(
            "errors.add($T.detail(code, field.getKey() == null ? message : field.getKey() + $S"
                + " + message, field.getKey()))",
            responses,
            " ")
        .endControlFlow()
        .addStatement("return $T.error(status, errors)", responses)
        .build();
  }

  @Override
  MethodSpec jsonMapping(ClassName exception) {
    return jsonMapping(
        """
Answers JSON that does not fit the expected type with an {@code invalid_attribute} error naming
the field. A failure to write the answer, or a type that cannot be read at all, is the server's
fault and answers 500.
""",
        exception,
        CodeBlock.of(
            "$T.error(400, $S, $S, null)",
            responses(),
            INVALID_ATTRIBUTE,
            UnreadableBodies.WRONG_SHAPE),
        CodeBlock.of(
            "$T.error(400, $S, field + $S + problem, field)", responses(), INVALID_ATTRIBUTE, " "));
  }
}
