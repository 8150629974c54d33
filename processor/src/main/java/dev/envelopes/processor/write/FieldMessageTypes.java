package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * The messages of values that do not validate, by field, as the generated code of either binding
 * holds them ({@code FieldMessages.byField()}): their type, and the loop over them.
 */
public final class FieldMessageTypes {

  /** {@code Map<String, List<String>>}: each field's messages, in order. */
  public static final TypeName MESSAGES_BY_FIELD =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          ParameterizedTypeName.get(List.class, String.class));

  /** The loop over the fields of {@code messages}, each as {@code field}, an entry. */
  public static final CodeBlock EACH_FIELD =
      CodeBlock.of(
          "for ($T.Entry<$T, $T> field : messages.entrySet())",
          Map.class,
          String.class,
          ParameterizedTypeName.get(List.class, String.class));

  private FieldMessageTypes() {}
}
