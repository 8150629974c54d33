package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bounded} helper of an error body that lists entries, written once for the styles that
 * list them: the entries as {@code ErrorBounds} keeps them, at most a few, then one that counts the
 * rest, each cut to its bounds, so that no request makes a large answer.
 */
final class BoundedErrors {

  private BoundedErrors() {}

  /**
   * {@code bounded(<parameter>)}, described by {@code javadoc}: a list of {@code element}s, {@code
   * more} (a code expression of {@code more}, how many are left out) standing for the rest, and
   * {@code add} adding each entry {@code each} to {@code listed}, cut to its bounds.
   */
  static MethodSpec method(
      String javadoc,
      TypeName element,
      String parameter,
      String each,
      CodeBlock more,
      CodeBlock add) {
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), element);
    return Members.privateStatic("bounded", list, javadoc)
        .addParameter(list, parameter)
        .addStatement("$T listed = new $T<>()", list, ArrayList.class)
        .beginControlFlow(
            "for ($T $L : $T.listed($L, more -> $L))",
            element,
            each,
            RuntimeTypes.ERROR_BOUNDS,
            parameter,
            more)
        .addCode(add)
        .endControlFlow()
        .addStatement("return $T.copyOf(listed)", List.class)
        .build();
  }
}
