package dev.envelopes.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The constructor of a generated class that holds what it is made with: each parameter kept in the
 * field of its name, written once for every binding's classes of that shape.
 */
public final class KeepingConstructors {

  private KeepingConstructors() {}

  /**
   * {@code constructor}, with a parameter of each of {@code types} named as {@code names} in order
   * after those it has, each kept in the field of its name after the statements it has (such as a
   * call of {@code super}).
   */
  public static MethodSpec.Builder keeping(
      MethodSpec.Builder constructor, List<? extends TypeName> types, List<String> names) {
    for (int i = 0; i < types.size(); i++) {
      constructor.addParameter(types.get(i), names.get(i));
    }
    for (String name : names) {
      constructor.addStatement("this.$N = $N", name, name);
    }
    return constructor;
  }
}
