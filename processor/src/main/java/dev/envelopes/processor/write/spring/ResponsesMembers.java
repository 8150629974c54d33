package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.CreatedLocations;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.Members;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the Spring {@code ...Responses} class of every style shares, written once: its frame, the
 * JSON answer of a success, the error that keeps Spring's headers, the answer to Spring's own errors, the messages of values that
 * do not validate, and the {@code Location} of a created resource.
 */
final class ResponsesMembers {

  private ResponsesMembers() {}

  /** The public final generated class {@code self}, which only holds static methods. */
  static TypeSpec.Builder responsesClass(ClassName self) {
    return Members.supportClass(self).addMethod(Members.privateConstructor());
  }

  /**
   * {@code answer(response, body)}: a success's body, its {@code Content-Type} set to JSON before
   * Spring writes it, so that Spring writes it as it is whatever other JSON type the request
   * accepts (such as {@code application/problem+json}), as each style's document promises and the
   * Jakarta REST answers do.
   */
  static MethodSpec answer() {
    return Members.publicStatic("answer", ClassName.OBJECT)
        .addJavadoc(
            """
Answers {@code body} as JSON, with the status already set (200 unless the method chose one).
""")
        .addParameter(SpringTypes.RESPONSE, "response")
        .addParameter(Object.class, "body")
        .addStatement("response.setContentType($T.APPLICATION_JSON_VALUE)", SpringTypes.MEDIA_TYPE)
        .addStatement("return body")
        .build();
  }

  /**
   * The style's {@code error} and the private {@code error(..., headers)} it calls without headers,
   * whose {@code body} answers with them: the answer to Spring's own errors keeps Spring's headers,
   * such as {@code Allow} on a 405.
   */
  static List<MethodSpec> errors(ErrorMethod error, CodeBlock body) {
    return List.of(
        error
            .head(SpringTypes.ANSWER)
            .addStatement("return error($L, $T.EMPTY)", error.arguments(), SpringTypes.HTTP_HEADERS)
            .build(),
        MethodSpec.methodBuilder("error")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(SpringTypes.ANSWER)
            .addParameters(error.parameters())
            .addParameter(SpringTypes.HTTP_HEADERS, "headers")
            .addCode(body)
            .build());
  }

  /**
   * {@code fromFramework(statusCode, headers)}, described by {@code javadoc}: the answer to an
   * error Spring raised with its own status and headers.
   */
  static MethodSpec.Builder fromFramework(String javadoc) {
    return Members.publicStatic("fromFramework", SpringTypes.ANSWER)
        .addJavadoc(javadoc)
        .addParameter(SpringTypes.HTTP_STATUS_CODE, "statusCode")
        .addParameter(SpringTypes.HTTP_HEADERS, "headers");
  }

  /** {@code violations(messages, ...)}, described by {@code javadoc}. */
  static MethodSpec.Builder violations(String javadoc) {
    return Members.publicStatic("violations", SpringTypes.ANSWER)
        .addJavadoc(javadoc)
        .addParameter(FieldMessageTypes.MESSAGES_BY_FIELD, "messages");
  }

  /** {@code locationOf(request, id, links)}, which every style with a {@code Location} shares. */
  static MethodSpec locationOf(GeneratedNames names) {
    return CreatedLocations.locationOf(
            ClassName.get(String.class), SpringTypes.REQUEST, names.publicLinks())
        .addParameter(names.publicLinks(), "links")
        .addStatement("$T path = $T.requestPath(request)", String.class, names.publicLinks())
        .addStatement(
            "$T segment = $T.encodePathSegment($T.valueOf(id), $T.UTF_8)",
            String.class,
            SpringTypes.URI_UTILS,
            String.class,
            StandardCharsets.class)
        .addStatement(
            "return links.link(request, (path.endsWith($S) ? path : path + $S) + segment)",
            "/",
            "/")
        .build();
  }
}
