package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the records of the vendor style's error body, the same in every binding: {@code
 * {request_uuid, status, errors}} and each of its errors.
 */
public final class VendorErrorRecordsWriter {

  private static final ClassName STRING = ClassName.get(String.class);

  private VendorErrorRecordsWriter() {}

  /** The type of a vendor error body's list of errors. */
  public static TypeName details(GeneratedNames names) {
    return ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail());
  }

  public static TypeSpec errorDetail(GeneratedNames names, JsonLibrary json) {
    VendorConvention.DetailKeys detailKeys = VendorConvention.DETAIL;
    return JsonRecords.recordOf(
        json,
        names.vendorErrorDetail(),
        "One error of a vendor error body.",
        new JsonRecords.Key(detailKeys.message(), "message", STRING, "what went wrong, for people"),
        new JsonRecords.Key(detailKeys.code(), "code", STRING, "what went wrong, for programs"),
        new JsonRecords.Key(detailKeys.link(), "link", STRING, "where the code is documented"),
        new JsonRecords.Key(
            detailKeys.description(),
            "description",
            STRING,
            "the longer explanation, or the message"),
        new JsonRecords.Key(
            detailKeys.attribute(),
            "attribute",
            STRING,
            "the attribute at fault, left out when the error concerns none",
            true));
  }

  public static TypeSpec error(GeneratedNames names, JsonLibrary json) {
    VendorConvention.ErrorKeys errorKeys = VendorConvention.ERROR;
    ClassName self = names.vendorError();
    return JsonRecords.record(
            json,
            self,
            CodeBlock.of("The error body of the vendor style."),
            List.of(
                new JsonRecords.Key(
                    errorKeys.requestUuid(),
                    "requestUuid",
                    STRING,
                    "the id of the request, filled in on the way out",
                    false),
                new JsonRecords.Key(
                    errorKeys.status(), "status", STRING, "always {@code \"error\"}"),
                new JsonRecords.Key(
                    errorKeys.errors(), "errors", details(names), "one or more errors")))
        .addMethod(
            MethodSpec.methodBuilder("withRequestUuid")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("The same body for the request {@code requestUuid}.\n")
                .addParameter(String.class, "requestUuid")
                .addStatement("return new $T(requestUuid, status, errors)", self)
                .build())
        .build();
  }
}
