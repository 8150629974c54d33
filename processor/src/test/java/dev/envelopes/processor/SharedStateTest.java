package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code serves requests on many threads at once, so nothing in it may be shared and
 * mutable: in every golden source, each static field is final and of a type whose instances cannot
 * change (no {@code Mac}, formatter, builder or collection that can), and each instance field is
 * final or injected per request by Jakarta REST.
 */
class SharedStateTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** Types whose instances never change, and so may be shared between threads. */
  private static final Set<String> IMMUTABLE =
      Set.of(
          "String",
          "int",
          "long",
          "Set<String>",
          "Pattern",
          "LinkQuery",
          "SerializedString",
          "MediaType",
          "System.Logger",
          "MetaStatus",
          "DeserializationConfig");

  /** A field declaration: its modifiers, type and name. */
  private static final Pattern FIELD =
      Pattern.compile(
          "^ {4,}((?:(?:public|private|protected|static|final|volatile|transient) )+)"
              + "([A-Za-z_.]+(?:<[^=;()]*>)?) ([A-Za-z_][A-Za-z0-9_]*)( =|;)",
          Pattern.MULTILINE);

  @Test
  void staticFieldsAreFinalAndImmutable() {
    List<String> shared = new ArrayList<>();
    for (Path source : goldenSources()) {
      Matcher field = FIELD.matcher(read(source));
      while (field.find()) {
        String modifiers = field.group(1);
        if (modifiers.contains("static ")
            && (!modifiers.contains("final ") || !IMMUTABLE.contains(field.group(2)))) {
          shared.add(source.getFileName() + ": " + field.group().strip());
        }
      }
    }
    assertEquals(List.of(), shared, "static fields that threads could share and change");
  }

  @Test
  void instanceFieldsAreFinalOrInjectedPerRequest() {
    List<String> mutable = new ArrayList<>();
    for (Path source : goldenSources()) {
      String text = read(source);
      Matcher field = FIELD.matcher(text);
      while (field.find()) {
        String modifiers = field.group(1);
        boolean injected = text.substring(0, field.start()).stripTrailing().endsWith("@Context");
        if (!modifiers.contains("static ") && !modifiers.contains("final ") && !injected) {
          mutable.add(source.getFileName() + ": " + field.group().strip());
        }
      }
    }
    assertEquals(List.of(), mutable, "instance fields that change after construction");
  }

  @Test
  void theCheckSeesTheFieldsOfTheGoldenSources() {
    // Guards the pattern: the vendor support holds static patterns and each signing endpoint a key.
    String all = String.join("\n", goldenSources().stream().map(SharedStateTest::read).toList());
    Matcher field = FIELD.matcher(all);
    List<String> names = new ArrayList<>();
    while (field.find()) {
      names.add(field.group(3));
    }
    assertFalse(names.isEmpty());
    for (String expected : List.of("VENDOR_TYPE", "cursorKey", "resourceInfo", "LOG", "PAGE")) {
      assertFalse(!names.contains(expected), () -> expected + " not found among " + names);
    }
  }

  private static List<Path> goldenSources() {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files
          .filter(file -> file.toString().contains("/expected/"))
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
