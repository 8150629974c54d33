package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Renders the status envelope of one method's {@code success} answer, typed to what it returns. */
public final class StatusRecordWriter {

  private static final ClassName STRING = ClassName.get(String.class);

  private StatusRecordWriter() {}

  /** The record of the method's {@code success} answer. */
  static TypeSpec record(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    ClassName name = GeneratedNames.envelope(resource, endpoint);
    TypeName data = EnvelopeRecordsWriter.dataType(endpoint);
    List<JsonRecords.Key> keys = new ArrayList<>();
    keys.add(
        new JsonRecords.Key(
            StatusConvention.ANSWER.status(), "status", STRING, "always {@code \"success\"}"));
    keys.add(
        JsonRecords.Key.payload(
            StatusConvention.ANSWER.data(),
            "data",
            data,
            EnvelopeRecordsWriter.dataDoc(endpoint, "the records of this page", true)));
    MethodSpec.Builder success =
        MethodSpec.methodBuilder("success")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addJavadoc("The {@code success} answer holding {@code data}.\n");
    if (endpoint.returns() instanceof ReturnShape.NoData) {
      success.addStatement("return new $T($S, null)", name, "success");
    } else if (endpoint.returns() instanceof ReturnShape.Paged) {
      keys.add(
          new JsonRecords.Key(
              StatusConvention.ANSWER.pagination(),
              "pagination",
              RuntimeTypes.PAGE_TOTALS,
              "the totals of the result and the page answered"));
      success
          .addParameter(data, "data")
          .addParameter(RuntimeTypes.PAGE_TOTALS, "pagination")
          .addStatement("return new $T($S, data, pagination)", name, "success");
    } else {
      success.addParameter(data, "data").addStatement("return new $T($S, data)", name, "success");
    }
    return JsonRecords.methodRecord(
            name,
            CodeBlock.of(
                "The status envelope of the answer of $L.",
                Javadocs.methodLink(resource, endpoint)),
            keys,
            resource,
            endpoint,
            shared)
        .addMethod(success.build())
        .build();
  }
}
