package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.json.JsonRecords;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders what every resource in the vendor style shares: the error bodies here, and through the
 * writer of each, the builder of answers, the filter that reads the requested version and the
 * request id, the one that puts the request id on errors, and the checks of query parameters and
 * paging.
 *
 * @param mixed whether the API answers in other styles too, so that the filters take only the
 *     requests to vendor resources
 */
record VendorSupportWriter(GeneratedNames names, VendorDeclaration vendor, boolean mixed) {

  private static final ClassName STRING = ClassName.get(String.class);

  /** The type of a vendor error body's list of errors. */
  static TypeName details(GeneratedNames names) {
    return ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail());
  }

  TypeSpec errorDetail(JsonLibrary json) {
    return JsonRecords.recordOf(
        json,
        names.vendorErrorDetail(),
        "One error of a vendor error body.",
        new JsonRecords.Key("message", "message", STRING, "what went wrong, for people"),
        new JsonRecords.Key("code", "code", STRING, "what went wrong, for programs"),
        new JsonRecords.Key("link", "link", STRING, "where the code is documented"),
        new JsonRecords.Key(
            "description", "description", STRING, "the longer explanation, or the message"),
        new JsonRecords.Key(
            "attribute",
            "attribute",
            STRING,
            "the attribute at fault, left out when the error concerns none",
            true));
  }

  TypeSpec error(JsonLibrary json) {
    ClassName self = names.vendorError();
    return JsonRecords.record(
            json,
            self,
            CodeBlock.of("The error body of the vendor style."),
            List.of(
                new JsonRecords.Key(
                    "request_uuid",
                    "requestUuid",
                    STRING,
                    "the id of the request, filled in on the way out",
                    false),
                new JsonRecords.Key("status", "status", STRING, "always {@code \"error\"}"),
                new JsonRecords.Key("errors", "errors", details(names), "one or more errors")))
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

  TypeSpec responses() {
    return new VendorResponsesWriter(names, vendor).render();
  }

  TypeSpec requests() {
    return new VendorRequestsWriter(names, vendor, mixed).render();
  }

  TypeSpec requestIds() {
    return new VendorRequestsWriter(names, vendor, mixed).requestIds();
  }

  TypeSpec queries() {
    return new VendorQueriesWriter(names).render();
  }

  TypeSpec paging() {
    return new VendorPagingWriter(names).render();
  }
}
