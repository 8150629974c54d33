package dev.envelopes.bench.spring.openapi;

import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Prints, for each operation named, springdoc's description of it and Envelopes' side by side: the
 * excerpts of the README's "OpenAPI: what springdoc sees, what Envelopes writes". Arguments: pairs
 * of method and path, {@code get /items/{id}} by default.
 *
 * <p>Run from the root on the test class path (the reactor, as the Jakarta benchmarks' jar is not
 * installed):
 *
 * <pre>
 * mvn -o -q -pl annotations,processor,integration-test,benchmarks,benchmarks-spring \
 *   -Djersey.suite.skip -DskipTests package dependency:build-classpath \
 *   -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * cd benchmarks-spring &amp;&amp; java \
 *   -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   dev.envelopes.bench.spring.openapi.PrintApiDocsExcerpts get '/items/{id}'
 * </pre>
 * </pre>
 */
public final class PrintApiDocsExcerpts {

  private PrintApiDocsExcerpts() {}

  public static void main(String[] args) throws Exception {
    List<String> operations = args.length == 0 ? List.of("get", "/items/{id}") : List.of(args);
    if (operations.size() % 2 != 0) {
      throw new IllegalArgumentException("pairs of method and path, e.g. get /items/{id}");
    }
    JsonNode springdoc;
    try (SpringBenchServers servers = SpringBenchServers.start(List.of("runtime"))) {
      springdoc = ApiDocuments.springdoc(servers);
    }
    Optional<JsonNode> envelopes = ApiDocuments.envelopes();
    for (int i = 0; i < operations.size(); i += 2) {
      String method = operations.get(i);
      String path = operations.get(i + 1);
      System.out.println("## springdoc, at run time: " + method + " " + path);
      System.out.println(ApiDocsExcerpt.pretty(ApiDocsExcerpt.of(springdoc, path, method)));
      System.out.println("## Envelopes, at compile time: " + method + " " + path);
      System.out.println(
          envelopes
              .map(document -> ApiDocsExcerpt.pretty(ApiDocsExcerpt.of(document, path, method)))
              .orElse("(no " + ApiDocuments.ENVELOPES_RESOURCE + " in the classes yet)"));
    }
  }
}
