package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import java.util.List;

/**
 * Renders the records every resource of the API shares: the meta style's two error envelopes and
 * the entry of a 400's details; the bare style's error body.
 */
public final class SharedRecordsWriter {

  private static final String ON_ERROR = "on an error";

  private SharedRecordsWriter() {}

  public static TypeSpec errorEnvelope(GeneratedNames names, JsonLibrary json) {
    return errorEnvelope(
        names,
        json,
        names.errorEnvelope(),
        """
The meta envelope of an error other than 400 Bad Request: {@code detailed} says in sentences
what went wrong.\
""",
        ClassName.get(String.class),
        "what went wrong, in sentences meant for people");
  }

  public static TypeSpec badRequestEnvelope(GeneratedNames names, JsonLibrary json) {
    return errorEnvelope(
        names,
        json,
        names.badRequestEnvelope(),
        """
The meta envelope of a 400 Bad Request: {@code detailed} names each field that did not validate,
with what is wrong with it.\
""",
        names.fieldError(),
        "one entry per field at fault");
  }

  /**
   * The meta envelope {@code name} of an error: only {@code detailed} says something, a list of
   * {@code detailedItem}s that {@code detailedDoc} describes.
   */
  private static TypeSpec errorEnvelope(
      GeneratedNames names,
      JsonLibrary json,
      ClassName name,
      String summary,
      TypeName detailedItem,
      String detailedDoc) {
    return EnvelopeRecordWriter.render(
        json,
        new EnvelopeRecordWriter.Shape(
            name,
            CodeBlock.of(summary),
            false,
            new EnvelopeRecordWriter.Slot(
                ParameterizedTypeName.get(ClassName.get(List.class), detailedItem), detailedDoc),
            EnvelopeRecordWriter.Slot.alwaysNull(ON_ERROR),
            EnvelopeRecordWriter.Slot.alwaysNull(ON_ERROR),
            EnvelopeRecordWriter.Slot.alwaysNull(ON_ERROR)),
        names.status());
  }

  public static TypeSpec fieldError(GeneratedNames names, JsonLibrary json) {
    return JsonRecords.recordOf(
        json,
        names.fieldError(),
        """
One entry of the details of a 400 Bad Request in the meta envelope.\
""",
        new JsonRecords.Key(
            MetaConvention.FIELD_ERROR.field(),
            "field",
            ClassName.get(String.class),
            "the field, query parameter or header at fault, or {@code null} when the problem"
                + " concerns\n    no single one"),
        new JsonRecords.Key(
            MetaConvention.FIELD_ERROR.message(),
            "message",
            ClassName.get(String.class),
            "what is wrong with it"));
  }

  /** The bare style's error body, the same for every error. */
  public static TypeSpec bareError(GeneratedNames names, JsonLibrary json) {
    return JsonRecords.recordOf(
        json,
        names.bareError(),
        """
The error body of the bare style, the same for every error.\
""",
        new JsonRecords.Key(
            BareConvention.ERROR.errorCode(),
            "errorCode",
            ClassName.get(String.class),
            "what went wrong, for programs: one of a fixed list of codes"),
        new JsonRecords.Key(
            BareConvention.ERROR.errorMessage(),
            "errorMessage",
            ClassName.get(String.class),
            "what went wrong, for people"));
  }
}
