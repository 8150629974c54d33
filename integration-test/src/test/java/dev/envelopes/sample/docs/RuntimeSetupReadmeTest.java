package dev.envelopes.sample.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.support.SampleRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's setup of the runtime the suite runs on is the code that serves the sample to these
 * tests: each line of the snippet under {@code <!-- setup: RUNTIME FILE -->} in its "Runtimes"
 * section stands in {@code FILE}, in the same order ({@code ...} stands for lines left out).
 */
class RuntimeSetupReadmeTest {

  @Test
  void theReadmesSetupOfThisRuntimeIsTheCodeThatServesTheSample() throws IOException {
    Path root = repositoryRoot();
    String runtime = SampleRuntime.current().name();
    List<String> readme = Files.readAllLines(root.resolve("README.md"));
    String marker = "<!-- setup: " + runtime + " ";
    int at = -1;
    for (int line = 0; line < readme.size(); line++) {
      if (readme.get(line).startsWith(marker)) {
        assertTrue(at < 0, "one setup of " + runtime + " in the README");
        at = line;
      }
    }
    assertTrue(at >= 0, () -> "the README shows no setup of " + runtime);
    String file = readme.get(at).substring(marker.length()).replace("-->", "").trim();
    List<String> snippet = snippet(readme, at + 1);
    assertFalse(snippet.isEmpty(), "the setup of " + runtime + " has code");

    List<String> source =
        Files.readAllLines(root.resolve(file)).stream().map(String::strip).toList();
    int from = 0;
    for (String line : snippet) {
      int found = indexOf(source, line, from);
      assertTrue(found >= 0, () -> file + " has, after what the snippet showed before it: " + line);
      from = found + 1;
    }
  }

  /** The lines of the fenced block that starts on {@code fence}, stripped, without {@code ...}. */
  private static List<String> snippet(List<String> readme, int fence) {
    assertTrue(readme.get(fence).startsWith("```"), "a code block follows the marker");
    List<String> lines = new ArrayList<>();
    for (int line = fence + 1; !readme.get(line).startsWith("```"); line++) {
      String code = readme.get(line).strip();
      if (!code.isEmpty() && !code.equals("...")) {
        lines.add(code);
      }
    }
    return lines;
  }

  private static int indexOf(List<String> source, String line, int from) {
    for (int at = from; at < source.size(); at++) {
      if (source.get(at).equals(line)) {
        return at;
      }
    }
    return -1;
  }

  /** The repository's folder, which holds the README and the processor: above the module's. */
  private static Path repositoryRoot() {
    Path folder = Path.of("").toAbsolutePath();
    while (folder != null && !isRepositoryRoot(folder)) {
      folder = folder.getParent();
    }
    assertTrue(folder != null, "the tests run below the repository's folder");
    return folder;
  }

  private static boolean isRepositoryRoot(Path folder) {
    return Files.exists(folder.resolve("README.md"))
        && Files.isDirectory(folder.resolve("processor"));
  }
}
