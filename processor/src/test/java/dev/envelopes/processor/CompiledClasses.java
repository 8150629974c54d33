package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a compilation wrote, the user's and the generated ones, so that a test can run
 * them; everything else comes from the test's own class path.
 */
final class CompiledClasses extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  /**
   * The classes of {@code sources} compiled against {@code json} alone, which must compile without
   * a warning.
   */
  static CompiledClasses compiledStrictly(List<JavaFileObject> sources, JsonClasspath json) {
    Compilation compilation = ProcessorCompiler.compileStrictly(sources, json);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation);
  }

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() != JavaFileObject.Kind.CLASS || !path.contains(CLASS_OUTPUT)) {
        continue;
      }
      String name =
          path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length(), path.length() - 6)
              .replace('/', '.');
      try (InputStream bytes = file.openInputStream()) {
        classes.put(name, bytes.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A new {@code name}, a compiled class, made by its constructor of as many parameters. */
  Object construct(String name, Object... arguments) throws ReflectiveOperationException {
    for (Constructor<?> candidate : loadClass(name).getDeclaredConstructors()) {
      if (candidate.getParameterCount() == arguments.length) {
        return candidate.newInstance(arguments);
      }
    }
    throw new AssertionError("no constructor of " + arguments.length + " in " + name);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
