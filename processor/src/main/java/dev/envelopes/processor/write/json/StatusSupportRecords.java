package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import java.util.List;

/**
 * Renders the records every resource in the status envelope shares, in every binding: the {@code
 * error} and {@code failure} bodies, and the attribute entry they hold.
 */
public final class StatusSupportRecords {

  private static final ClassName STRING = ClassName.get(String.class);

  private StatusSupportRecords() {}

  /** Every record of the status envelope's support classes. */
  public static List<TypeSpec> all(GeneratedNames names, JsonLibrary json) {
    return List.of(attributeErrors(names, json), error(names, json), failure(names, json));
  }

  public static TypeSpec attributeErrors(GeneratedNames names, JsonLibrary json) {
    return JsonRecords.recordOf(
        json,
        names.statusAttributeErrors(),
        """
One input attribute at fault in the status envelope, with what is wrong.\
""",
        new JsonRecords.Key(
            StatusConvention.ATTRIBUTE.attributeName(),
            "attributeName",
            STRING,
            "the field, query parameter or header at fault"),
        new JsonRecords.Key(
            StatusConvention.ATTRIBUTE.messages(),
            "messages",
            ParameterizedTypeName.get(List.class, String.class),
            "what is wrong with it"));
  }

  public static TypeSpec error(GeneratedNames names, JsonLibrary json) {
    return JsonRecords.recordOf(
        json,
        names.statusError(),
        """
The {@code error} answer of the status envelope: the server could not process the request.\
""",
        statusKey("error"),
        new JsonRecords.Key(
            StatusConvention.ANSWER.message(), "message", STRING, "what went wrong"),
        new JsonRecords.Key(
            StatusConvention.ANSWER.errors(), "errors", attributeList(names), "always empty"),
        codeKey("error"));
  }

  public static TypeSpec failure(GeneratedNames names, JsonLibrary json) {
    StatusConvention.AnswerKeys answerKeys = StatusConvention.ANSWER;
    return JsonRecords.recordOf(
        json,
        names.statusFailure(),
        """
The {@code failure} answer of the status envelope: the request's input did not validate.\
""",
        statusKey("failure"),
        new JsonRecords.Key(
            answerKeys.data(), "data", attributeList(names), "the attributes at fault"),
        new JsonRecords.Key(answerKeys.message(), "message", STRING, "what went wrong"),
        new JsonRecords.Key(
            answerKeys.errors(), "errors", attributeList(names), "the attributes at fault"),
        codeKey("failure"));
  }

  /** {@code List<StatusAttributeErrors>}: the attributes a failure lists. */
  public static TypeName attributeList(GeneratedNames names) {
    return ParameterizedTypeName.get(ClassName.get(List.class), names.statusAttributeErrors());
  }

  /** {@code status}, always the name of the {@code answer}. */
  private static JsonRecords.Key statusKey(String answer) {
    return new JsonRecords.Key(
        StatusConvention.ANSWER.status(), "status", STRING, "always {@code \"" + answer + "\"}");
  }

  /** {@code code}, the code of an {@code answer}, left out when it has none. */
  private static JsonRecords.Key codeKey(String answer) {
    return new JsonRecords.Key(
        StatusConvention.ANSWER.code(),
        "code",
        STRING,
        "the " + answer + "'s code, left out when the exception declares none",
        true);
  }
}
