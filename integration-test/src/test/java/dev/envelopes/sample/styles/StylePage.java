package dev.envelopes.sample.styles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire examples of one page of {@code docs/styles}: each a fenced {@code http} block holding a
 * request, followed by one holding the answer, after a line that names the test the example comes
 * from as {@code `SomeTest#someMethod`}.
 *
 * @param file the page
 * @param examples its examples, in the order of the page
 */
record StylePage(Path file, List<StylePage.Example> examples) {

  /** The documentation pages of the styles, from the integration-test module. */
  static final Path DIRECTORY = Path.of("..", "docs", "styles");

  private static final Pattern SOURCE = Pattern.compile("`([A-Z]\\w*Test)#(\\w+)`");
  private static final Pattern REQUEST_LINE =
      Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/\\S*) HTTP/1\\.1");
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) (.+)");
  private static final Pattern HEADER = Pattern.compile("([A-Za-z-]+): (.+)");

  /**
   * One example: a request and the answer the page says it gets.
   *
   * @param line the line of the page where the request starts, for messages
   * @param testClass the simple name of the test the example comes from
   * @param testMethod the method of that test
   * @param request the request
   * @param answer the answer
   */
  record Example(int line, String testClass, String testMethod, Message request, Message answer) {

    /** The method of the request, such as {@code GET}. */
    String method() {
      return firstMatch(REQUEST_LINE, request.startLine()).group(1);
    }

    /** The path and query of the request, as sent. */
    String pathAndQuery() {
      return firstMatch(REQUEST_LINE, request.startLine()).group(2);
    }

    /** The status of the answer. */
    int status() {
      return Integer.parseInt(firstMatch(STATUS_LINE, answer.startLine()).group(1));
    }

    /** The reason phrase of the answer, as the page writes it. */
    String reasonPhrase() {
      return firstMatch(STATUS_LINE, answer.startLine()).group(2);
    }

    @Override
    public String toString() {
      return "line %d: %s (%s#%s)".formatted(line, request.startLine(), testClass, testMethod);
    }
  }

  /**
   * A request or an answer as the page writes it.
   *
   * @param startLine the request line or the status line
   * @param headers each header's value by its name, in the page's order
   * @param body what follows the blank line, empty when nothing does
   */
  record Message(String startLine, Map<String, String> headers, String body) {}

  /** Reads {@code file}; fails on an example that is not written as described above. */
  static StylePage read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> examples = new ArrayList<>();
    Matcher source = null;
    Message request = null;
    int requestLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher named = SOURCE.matcher(line);
      if (named.find()) {
        source = named;
      }
      if (!line.equals("```http")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (!lines.get(end).equals("```")) {
        end++;
      }
      Message message = message(lines.subList(start, end), file, start + 1);
      if (REQUEST_LINE.matcher(message.startLine()).matches()) {
        if (source == null) {
          throw new AssertionError(where(file, start) + "no `SomeTest#method` names its source");
        }
        request = message;
        requestLine = start + 1;
      } else {
        if (request == null) {
          throw new AssertionError(where(file, start) + "an answer with no request before it");
        }
        examples.add(new Example(requestLine, source.group(1), source.group(2), request, message));
        request = null;
        source = null;
      }
      i = end;
    }
    if (request != null) {
      throw new AssertionError(where(file, requestLine) + "a request with no answer after it");
    }
    return new StylePage(file, examples);
  }

  private static Message message(List<String> block, Path file, int firstLine) {
    if (block.isEmpty()) {
      throw new AssertionError(where(file, firstLine) + "an empty http block");
    }
    String startLine = block.get(0);
    if (!REQUEST_LINE.matcher(startLine).matches() && !STATUS_LINE.matcher(startLine).matches()) {
      throw new AssertionError(where(file, firstLine) + "neither a request nor a status line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    int i = 1;
    for (; i < block.size() && !block.get(i).isEmpty(); i++) {
      Matcher header = HEADER.matcher(block.get(i));
      if (!header.matches()) {
        throw new AssertionError(where(file, firstLine + i) + "not a header: " + block.get(i));
      }
      headers.put(header.group(1), header.group(2));
    }
    String body = i < block.size() ? String.join("\n", block.subList(i + 1, block.size())) : "";
    return new Message(startLine, headers, body);
  }

  private static Matcher firstMatch(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalStateException(text);
    }
    return matcher;
  }

  private static String where(Path file, int line) {
    return file + ":" + line + ": ";
  }
}
