package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.RequestIds;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * What the vendor style's builder of answers says the same way in every binding: the link of an
 * error's code, one error, the error that stands for those not listed, an answer with one error,
 * the code of each of the framework's errors, and what a request for another version is told.
 */
public final class VendorErrorDetails {

  private VendorErrorDetails() {}

  /** {@code MEDIA_TYPE}, the vendor media type as the framework's {@code mediaType} class. */
  public static FieldSpec mediaType(ClassName mediaType, VendorDeclaration vendor) {
    return FieldSpec.builder(
            mediaType, "MEDIA_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The vendor media type every answer carries.\n")
        .initializer("$T.valueOf($S)", mediaType, vendor.mediaType())
        .build();
  }

  /** {@code REQUEST_ID_HEADER}, the header of the request id. */
  public static FieldSpec requestIdHeader() {
    return FieldSpec.builder(
            String.class, "REQUEST_ID_HEADER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The header that carries the request id, in and out.\n")
        .initializer("$T.HEADER", RequestIds.class)
        .build();
  }

  /** {@code LINK_BASE}, where the API documents its error codes. */
  public static FieldSpec linkBase(VendorDeclaration vendor) {
    return FieldSpec.builder(
            String.class, "LINK_BASE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Where error codes are documented; an error's link adds its code.\n")
        .initializer("$S", vendor.errorLinkBase())
        .build();
  }

  /** {@code detail(code, message, attribute)}: one error, cut to its bounds. */
  public static MethodSpec detail(GeneratedNames names) {
    return Members.publicStatic(
            "detail",
            names.vendorErrorDetail(),
            """
One error with {@code code}: its link is the code's documentation, its description mirrors
{@code message}; {@code attribute} is {@code null} for an error about no attribute.
""")
        .addParameter(String.class, "code")
        .addParameter(String.class, "message")
        .addParameter(String.class, "attribute")
        .addComment("Cut to their bounds, so that no request makes a large answer.")
        .addStatement("$T said = $T.message(message)", String.class, RuntimeTypes.ERROR_BOUNDS)
        .addStatement(
            "return new $T(said, code, LINK_BASE + code, said, $T.name(attribute))",
            names.vendorErrorDetail(),
            RuntimeTypes.ERROR_BOUNDS)
        .build();
  }

  /** {@code more(count)}: the error that stands for those an answer does not list. */
  public static MethodSpec more(GeneratedNames names) {
    return Members.publicStatic(
            "more",
            names.vendorErrorDetail(),
            "The error that stands for {@code count} errors an answer does not list.\n")
        .addParameter(TypeName.INT, "count")
        .addStatement(
            "return detail($S, $T.more(count), null)", "invalid_request", RuntimeTypes.ERROR_BOUNDS)
        .build();
  }

  /**
   * {@code error(status, code, message, attribute)}: an answer of type {@code answer} with one
   * error, built by the class's {@code error(status, errors)}.
   */
  public static MethodSpec oneError(TypeName answer) {
    return Members.publicStatic("error", answer)
        .addJavadoc("An error response with one error.\n")
        .addParameter(TypeName.INT, "status")
        .addParameter(String.class, "code")
        .addParameter(String.class, "message")
        .addParameter(String.class, "attribute")
        .addStatement("return error(status, $T.of(detail(code, message, attribute)))", List.class)
        .build();
  }

  /** {@code String code = switch (status) ...}: the code of an error the framework raised. */
  public static CodeBlock frameworkCode() {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T code = switch (status) {\n", String.class).indent();
    for (Map.Entry<Integer, String> entry : VendorConvention.FRAMEWORK_CODES.entrySet()) {
      code.add("case $L -> $S;\n", entry.getKey(), entry.getValue());
    }
    return code.add(
            "default -> status >= 500 ? $S : $S;\n",
            VendorConvention.INTERNAL_ERROR_CODE,
            VendorConvention.OTHER_FRAMEWORK_CODE)
        .unindent()
        .add("};\n")
        .build();
  }

  /**
   * {@code unsupportedVersion(status, version)}: the answer, built by {@code responses}' {@code
   * error}, of type {@code answer}, to a request for a version the API does not answer.
   */
  public static MethodSpec unsupportedVersion(
      ClassName responses, TypeName answer, VendorDeclaration vendor) {
    return Members.privateStatic(
            "unsupportedVersion",
            answer,
            "The answer to a request for a version the API does not answer.\n")
        .addParameter(TypeName.INT, "status")
        .addParameter(String.class, "version")
        .addStatement(
            "return $T.error(status, $S, $S + version + $S, null)",
            responses,
            VendorConvention.UNSUPPORTED_VERSION,
            VendorConvention.UNSUPPORTED_VERSION_PREFIX,
            VendorConvention.unsupportedVersionSuffix(vendor))
        .build();
  }
}
