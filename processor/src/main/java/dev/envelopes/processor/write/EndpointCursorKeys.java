package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import javax.lang.model.element.Modifier;

/**
 * The key that signs an endpoint's cursors, as every binding's generated endpoint holds it: looked
 * up once, for that endpoint only, and kept in a field.
 */
public final class EndpointCursorKeys {

  private EndpointCursorKeys() {}

  /**
   * The key the application configured for the endpoint's cursors only, read through {@code
   * properties}, the framework's {@code Function<String, Object>} of configuration properties.
   */
  public static CodeBlock configuredKey(
      ResourceModel resource, EndpointModel endpoint, CodeBlock properties) {
    return CodeBlock.of(
        "$T.forEndpoint($L, $S)",
        RuntimeTypes.CURSOR_KEY,
        properties,
        resource.type().canonicalName() + "." + endpoint.name());
  }

  /** The endpoint's field that holds the key. */
  public static FieldSpec keyField() {
    return FieldSpec.builder(RuntimeTypes.CURSOR_KEY, "cursorKey", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Signs the cursors of the answers and checks those of the requests.\n")
        .build();
  }
}
