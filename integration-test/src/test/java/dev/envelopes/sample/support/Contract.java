package dev.envelopes.sample.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks every answer the HTTP suite receives against the OpenAPI document of the API that gave
 * it: the operation its method and path reach, the status among those the operation lists, the
 * headers it requires, the body against the schema of that status and media type. An answer that
 * breaks the contract fails the test that asked for it, with an {@link AssertionError} naming what
 * the document says.
 *
 * <p>The document is the one the served API serves at {@code /openapi.json}, loaded once per run:
 * what the processor wrote for the compilation that runtime serves, in the tests' JVM or in a
 * process of its own. Counted, not checked: an answer to a request that reaches no operation
 * (<em>unmatched</em>), and one from an API set up otherwise than the sample ships
 * (<em>off-contract</em>, {@link SampleRuntime.Setup#onContract()}).
 */
public final class Contract {

  private static final Contract SUITE = new Contract(ContainerDifferences.current()::wroteItself);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Whether each API being served, by its base, answers on contract. */
  private final Map<String, Boolean> served = new ConcurrentHashMap<>();

  private volatile Optional<OpenApiDocument> document;

  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger unmatched = new AtomicInteger();
  private final AtomicInteger offContract = new AtomicInteger();
  private final AtomicInteger containers = new AtomicInteger();
  private final Set<String> operationsSeen = ConcurrentHashMap.newKeySet();

  /** Whether the container wrote an answer itself, by its status and body: no API's document. */
  private final BiPredicate<Integer, String> containersOwn;

  private Contract(BiPredicate<Integer, String> containersOwn) {
    this.containersOwn = containersOwn;
  }

  /** A contract over {@code document}, as if every API served it: for the harness's own tests. */
  Contract(OpenApiDocument document) {
    this((status, body) -> false);
    this.document = Optional.of(document);
  }

  /** The contract of this run of the suite. */
  public static Contract suite() {
    return SUITE;
  }

  /**
   * Notes that the API at {@code base} is served as {@code setup} says, until {@link #stopped}; the
   * first on contract gives the document, before a test can arm it to fail.
   */
  void serving(String base, SampleRuntime.Setup setup) {
    if (setup.onContract()) {
      documentOf(base);
    }
    served.put(base, setup.onContract());
  }

  void stopped(String base) {
    served.remove(base);
  }

  /**
   * Checks one answer; throws an {@link AssertionError} where it breaks the contract.
   *
   * @param base the API's {@code http://localhost:PORT} the request went to
   * @param rawPath the request's path as sent, without its query
   * @param headers the values of a response header by its case-insensitive name
   * @param answer what the answer was, for the message of a failure
   */
  void check(
      String base,
      String method,
      String rawPath,
      int status,
      Function<String, List<String>> headers,
      String body,
      Supplier<String> answer) {
    Boolean onContract = served.get(base);
    if (onContract == null) {
      return; // not an API the suite serves
    }
    if (!onContract) {
      offContract.incrementAndGet();
      return;
    }
    if (containersOwn.test(status, body)) {
      // Written by the container before or instead of the API (ContainerDifferences says which).
      containers.incrementAndGet();
      return;
    }
    Optional<OpenApiDocument> contract = documentOf(base);
    if (contract.isEmpty()) {
      return;
    }
    Optional<OpenApiDocument.Operation> operation = contract.get().operation(method, rawPath);
    if (operation.isEmpty()) {
      unmatched.incrementAndGet();
      return;
    }
    operationsSeen.add(operation.get().name());
    checked.incrementAndGet();
    List<String> problems = contract.get().problems(operation.get(), status, headers, body);
    if (!problems.isEmpty()) {
      failed.incrementAndGet();
      throw new AssertionError(
          answer.get()
              + "\nbreaks the contract of "
              + operation.get().name()
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * Whether the APIs of this run serve a document, which their answers are checked against; known
   * once the first API on contract has started.
   */
  public boolean hasDocument() {
    Optional<OpenApiDocument> contract = document;
    return contract != null && contract.isPresent();
  }

  /**
   * The line the run prints: {@code contract on jersey: 1432 responses against 88 of 95
   * operations, 0 failures (41 unmatched, 63 off-contract)}.
   */
  public String summary(String runtime) {
    Optional<OpenApiDocument> contract = document;
    if (contract == null || contract.isEmpty()) {
      return "contract on " + runtime + ": no document";
    }
    return ("contract on %s: %d responses against %d of %d operations, %d failures (%d unmatched,"
            + " %d off-contract, %d the container's own)")
        .formatted(
            runtime,
            checked.get(),
            operationsSeen.size(),
            contract.get().operationCount(),
            failed.get(),
            unmatched.get(),
            offContract.get(),
            containers.get());
  }

  /** The document, fetched once from the first API on contract; nothing where it serves none. */
  private Optional<OpenApiDocument> documentOf(String base) {
    Optional<OpenApiDocument> known = document;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (document == null) {
        document = fetch(base);
      }
      return document;
    }
  }

  private static Optional<OpenApiDocument> fetch(String base) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/openapi.json"))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    HttpResponse<String> answer;
    try {
      answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + request.uri() + " interrupted", e);
    }
    if (answer.statusCode() != 200) {
      throw new AssertionError(
          "GET " + request.uri() + " -> " + answer.statusCode() + ": the API serves no document");
    }
    return Optional.of(OpenApiDocument.parse(answer.body()));
  }
}
