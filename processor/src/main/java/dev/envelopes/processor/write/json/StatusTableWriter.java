package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Renders the status table: a record per status with its reason phrase, API code and message. */
public final class StatusTableWriter {

  private StatusTableWriter() {}

  /** The status table of {@code api}, whose javadoc says where its codes come from. */
  public static TypeSpec render(StatusTable table, ApiModel api) {
    return render(table, statusSource(api));
  }

  private static TypeSpec render(StatusTable table, CodeBlock source) {
    ClassName type = table.type();
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(type)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                CodeBlock.builder()
                    .add(
                        """
The statuses of the API in the meta envelope: each HTTP status with its reason phrase,
and the API code and message that responses with that status carry in {@code code} and
{@code message}.

""")
                    .add(source)
                    .add("\n\n@param statusCode the HTTP status\n")
                    .add("@param statusMessage its reason phrase\n")
                    .add("@param code the API code\n")
                    .add("@param message the text of the code\n")
                    .build())
            .addAnnotation(SourceFiles.generated())
            .recordConstructor(
                MethodSpec.constructorBuilder()
                    .addParameter(ParameterSpec.builder(TypeName.INT, "statusCode").build())
                    .addParameter(String.class, "statusMessage")
                    .addParameter(TypeName.INT, "code")
                    .addParameter(String.class, "message")
                    .build());

    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (statusCode) {\n").indent();
    for (StatusTable.Row row : table.rows()) {
      record.addField(
          FieldSpec.builder(type, row.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L $L.\n", row.status(), row.statusMessage())
              .initializer(
                  "new $T($L, $L, $L, $L)",
                  type,
                  row.status(),
                  JavaStrings.of(row.statusMessage()),
                  row.code(),
                  JavaStrings.of(row.message()))
              .build());
      cases.add("case $L -> $L;\n", row.status(), row.constant());
    }
    cases
        .add("default -> {\n")
        .indent()
        .add("// The framework does not know every registered phrase (423, 451, 507, ...).\n")
        .addStatement(
            "$T phrase = $T.of(statusCode, reasonPhrase)",
            String.class,
            RuntimeTypes.STATUS_PHRASES)
        .addStatement("yield new $T(statusCode, phrase, statusCode, phrase)", type)
        .unindent()
        .add("}\n")
        .unindent()
        .add("};\n");

    record.addMethod(
        Members.publicStatic(
                "of",
                type,
                """
The row of {@code statusCode}; a status outside the table answers with its own number as
the code and its registered reason phrase as both messages, or {@code reasonPhrase} for
a status the IANA registry does not name.
""")
            .addParameter(TypeName.INT, "statusCode")
            .addParameter(String.class, "reasonPhrase")
            .addCode(cases.build())
            .build());
    return record.build();
  }

  /** Where the status table's rows come from, for its javadoc. */
  private static CodeBlock statusSource(ApiModel api) {
    if (api.declaration().isEmpty()) {
      return CodeBlock.of(
          "<p>The API declares no {@code @ResponseCode}s, so each status answers with its own"
              + " number as the\ncode and its reason phrase as the message.");
    }
    return CodeBlock.of(
        "<p>The codes come from the {@code @ResponseCode}s of {@link $T}; a status without one"
            + " answers with\nits own number as the code and its reason phrase as the message.",
        ClassName.get((TypeElement) api.declaration().get().origin().element()));
  }
}
