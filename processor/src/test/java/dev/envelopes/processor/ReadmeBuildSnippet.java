package dev.envelopes.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiler flags that the README's build snippet (section "1. Add it to your build") gives a
 * user's build, read from the README itself so that the tests compile as a user who copied it.
 */
final class ReadmeBuildSnippet {

  private static final Path README = Path.of("..", "README.md");
  private static final String SECTION = "### 1. Add it to your build";
  private static final Pattern COMPILER_ARGS =
      Pattern.compile("<compilerArgs>(.*?)</compilerArgs>", Pattern.DOTALL);
  private static final Pattern ARG = Pattern.compile("<arg>(.*?)</arg>");
  private static final Pattern GRADLE_ARGS =
      Pattern.compile("options\\.compilerArgs \\+= \\[([^\\]]*)\\]");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private ReadmeBuildSnippet() {}

  /** The {@code <arg>}s of the Maven snippet's {@code <compilerArgs>}, in order. */
  static List<String> mavenCompilerArgs() {
    Matcher args = COMPILER_ARGS.matcher(section());
    if (!args.find()) {
      throw new IllegalStateException("the README's build snippet has no <compilerArgs>");
    }
    return ARG.matcher(args.group(1)).results().map(arg -> arg.group(1)).toList();
  }

  /** The flags the section gives Gradle's {@code options.compilerArgs}, in order. */
  static List<String> gradleCompilerArgs() {
    Matcher args = GRADLE_ARGS.matcher(section());
    if (!args.find()) {
      throw new IllegalStateException("the README's build section gives Gradle no compilerArgs");
    }
    return QUOTED.matcher(args.group(1)).results().map(arg -> arg.group(1)).toList();
  }

  private static String section() {
    String readme;
    try {
      readme = Files.readString(README, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = readme.indexOf(SECTION);
    if (start < 0) {
      throw new IllegalStateException("the README has no section \"" + SECTION + "\"");
    }
    int end = readme.indexOf("\n### ", start + SECTION.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
