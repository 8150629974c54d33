package dev.envelopes.sample.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envelopes.sample.support.EnvelopeAssertions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the sample API in a JVM of its own and calls it from this one with a fixed number of
 * connections, each on its own thread, mixing every style's paged, single and error endpoints. It
 * checks each answer: its status (no 5xx but the deliberate ones), that its body is JSON of its
 * style's shape, and that no secret of the sample reaches a client. It reads the server's heap
 * after a full GC once warmed up, halfway and at the end, and fails when it grew. {@code mvn
 * -DskipTests -Pload verify} runs it; see the README.
 *
 * <p>Arguments, all optional: the number of requests (default 100000) and of connections (default
 * 32).
 */
public final class LoadCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VENDOR_TYPE = "application/vnd.flow.v2+json";

  /** How much the heap after a full GC may grow from the warmed-up server to the end. */
  private static final long ALLOWED_HEAP_GROWTH_KB = 16 * 1024;

  private static final int WARM_UP = 5_000;

  /** Where the server's log goes. */
  private static final Path SERVER_LOG = Path.of("target", "load-server.log");

  private final URI base;
  private final long serverPid;
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();

  private LoadCheck(URI base, long serverPid) {
    this.base = base;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    Process server =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Xmx256m",
                // Without it the JDK's server waits for delayed acknowledgements between the head
                // and the body of each answer, and measures 40 ms of nothing.
                "-Dsun.net.httpserver.nodelay=true",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.envelopes.sample.SampleServer",
                "0")
            // The deliberate 500s log their exceptions; kept out of the figures.
            .redirectError(SERVER_LOG.toFile())
            .start();
    boolean passed;
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher started = Pattern.compile("on (http://\\S+)").matcher(first == null ? "" : first);
      if (!started.find()) {
        throw new IllegalStateException("the sample API did not start: " + first);
      }
      // Keep reading what it prints, so that it never blocks on a full pipe.
      Thread drain = new Thread(() -> out.lines().forEach(line -> {}));
      drain.setDaemon(true);
      drain.start();
      System.out.printf(
          "Sample API: process %d on %s, its log in %s%n",
          server.pid(), started.group(1), SERVER_LOG);
      passed = new LoadCheck(URI.create(started.group(1)), server.pid()).run(requests, connections);
    } finally {
      server.destroy();
      server.waitFor();
    }
    if (!passed) {
      System.exit(1);
    }
  }

  private boolean run(int requests, int connections) throws Exception {
    System.out.printf("Load: %d requests over %d connections to %s%n", requests, connections, base);
    runRound(WARM_UP, connections);
    long heapWarm = heapAfterGcKb();
    statuses.clear();
    failures.clear();
    sent.set(0);
    long start = System.nanoTime();
    long[] firstHalf = runRound(requests / 2, connections);
    long heapHalf = heapAfterGcKb();
    long pausedAt = System.nanoTime();
    long[] secondHalf = runRound(requests - requests / 2, connections);
    long end = System.nanoTime();
    long heapEnd = heapAfterGcKb();

    long[] latencies = concat(firstHalf, secondHalf);
    Arrays.sort(latencies);
    double seconds = ((pausedAt - start) + (end - pausedAt)) / 1e9;
    System.out.printf(
        "requests    %d in %.1f s: %.0f requests/s%n", sent.get(), seconds, sent.get() / seconds);
    System.out.printf(
        "latency     p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        percentile(latencies, 50) / 1e6,
        percentile(latencies, 99) / 1e6,
        latencies[latencies.length - 1] / 1e6);
    System.out.println("statuses    " + new TreeMap<>(statuses));
    System.out.printf(
        "heap        after GC: %d KB warmed up, %d KB halfway, %d KB at the end (allowed growth %d"
            + " KB)%n",
        heapWarm, heapHalf, heapEnd, ALLOWED_HEAP_GROWTH_KB);
    boolean heapStable = heapEnd - heapWarm <= ALLOWED_HEAP_GROWTH_KB;
    if (!failures.isEmpty()) {
      System.out.println("FAILED checks: " + new TreeMap<>(failures));
    }
    if (!heapStable) {
      System.out.println("FAILED: the heap grew by " + (heapEnd - heapWarm) + " KB");
    }
    boolean passed = failures.isEmpty() && heapStable && sent.get() >= requests;
    System.out.println(passed ? "PASSED" : "FAILED");
    return passed;
  }

  /** Sends {@code requests} requests over {@code connections} connections; their latencies. */
  private long[] runRound(int requests, int connections) throws Exception {
    AtomicLong left = new AtomicLong(requests);
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        int worker = i;
        done.add(workers.submit(() -> work(worker, left)));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> each : done) {
        all.add(each.get());
      }
      return concat(all.toArray(long[][]::new));
    } finally {
      workers.shutdown();
    }
  }

  /** One connection: its own client, so that each worker keeps one connection open. */
  private long[] work(int worker, AtomicLong left) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Calls calls = new Calls(client, left);
    Iterator<Scenario> mix = Scenario.mix(worker);
    while (left.get() > 0) {
      mix.next().run(calls);
    }
    return calls.latencies();
  }

  /** The requests of one worker, each checked on arrival. */
  final class Calls {
    private final HttpClient client;
    private final AtomicLong left;
    private long[] latencies = new long[1024];
    private int count;

    Calls(HttpClient client, AtomicLong left) {
      this.client = client;
      this.left = left;
    }

    long[] latencies() {
      return Arrays.copyOf(latencies, count);
    }

    /** A GET of {@code path} that must answer {@code status} in {@code style}'s shape. */
    JsonNode get(String path, Shape style, int status, String... headers) {
      return get(base.resolve(path), style, status, headers);
    }

    JsonNode get(URI uri, Shape style, int status, String... headers) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30));
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      left.decrementAndGet();
      HttpResponse<String> response;
      long started = System.nanoTime();
      try {
        response =
            client.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (count == latencies.length) {
          latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = System.nanoTime() - started;
      } catch (IOException e) {
        fail("I/O error: " + e.getClass().getSimpleName());
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sent.incrementAndGet();
      statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
      String what = style + " " + uri.getPath();
      if (response.statusCode() != status) {
        fail(what + " answered " + response.statusCode() + " instead of " + status);
      }
      if (response.body().contains("s3cr3t")) {
        fail(what + " leaked a secret");
      }
      JsonNode body;
      try {
        body = JSON.readTree(response.body());
      } catch (IOException e) {
        fail(what + " answered a body that is not JSON");
        return null;
      }
      String problem = style.problem(body, response.statusCode());
      if (problem != null) {
        fail(what + ": " + problem);
      }
      if (style == Shape.VENDOR) {
        return JSON.createObjectNode()
            .put("link", response.headers().firstValue("Link").orElse(""));
      }
      return body;
    }
  }

  private void fail(String check) {
    failures.computeIfAbsent(check, c -> new LongAdder()).increment();
  }

  /** The shape every answer of a style must have. */
  enum Shape {
    META {
      @Override
      String problem(JsonNode body, int status) {
        List<String> keys = keys(body);
        if (!EnvelopeAssertions.ENVELOPE_KEYS.containsAll(keys)
            || !sorted(keys, EnvelopeAssertions.ENVELOPE_KEYS)
            || !keys.contains("success")) {
          return "keys " + keys;
        }
        return body.get("success").asBoolean() == status < 400 ? null : "success does not match";
      }
    },
    BARE {
      @Override
      String problem(JsonNode body, int status) {
        List<String> keys = keys(body);
        if (status >= 400) {
          return keys.equals(List.of("errorCode", "errorMessage")) ? null : "error keys " + keys;
        }
        if (body.has("cursor")) {
          return keys.equals(
                  List.of("cursor", "count", "totalRecordCount", "hasMoreRecords", "data"))
              ? null
              : "page keys " + keys;
        }
        return body.has("contactId") ? null : "not a contact: " + keys;
      }
    },
    STATUS {
      @Override
      String problem(JsonNode body, int status) {
        String expected = status < 400 ? "success" : status == 422 ? "failure" : "error";
        return keys(body).get(0).equals("status") && body.get("status").asText().equals(expected)
            ? null
            : "status " + body.get("status");
      }
    },
    VENDOR {
      @Override
      String problem(JsonNode body, int status) {
        List<String> keys = keys(body);
        if (status >= 400) {
          boolean errors =
              keys.equals(List.of("request_uuid", "status", "errors"))
                  && body.get("errors").isArray()
                  && !body.get("errors").isEmpty()
                  && body.get("errors").get(0).has("code");
          return errors ? null : "error keys " + keys;
        }
        return keys.get(0).equals("data") && keys.get(keys.size() - 1).equals("request_id")
            ? null
            : "keys " + keys;
      }
    };

    abstract String problem(JsonNode body, int status);

    private static List<String> keys(JsonNode body) {
      List<String> keys = new ArrayList<>();
      if (body.isObject()) {
        body.fieldNames().forEachRemaining(keys::add);
      }
      return keys.isEmpty() ? List.of("(not an object)") : keys;
    }

    /** Whether {@code keys} come in the order of {@code order}. */
    private static boolean sorted(List<String> keys, List<String> order) {
      int last = -1;
      for (String key : keys) {
        int at = order.indexOf(key);
        if (at < last) {
          return false;
        }
        last = at;
      }
      return true;
    }
  }

  /** One step of the mix: a request, or a request and the next page it points to. */
  @FunctionalInterface
  interface Scenario {
    void run(LoadCheck.Calls calls);

    /** Every scenario in turn, starting at a different one for each worker. */
    static Iterator<Scenario> mix(int worker) {
      List<Scenario> all = all();
      return new Iterator<>() {
        private int next = worker % all.size();

        @Override
        public boolean hasNext() {
          return true;
        }

        @Override
        public Scenario next() {
          Scenario scenario = all.get(next);
          next = (next + 1) % all.size();
          return scenario;
        }
      };
    }

    private static List<Scenario> all() {
      String vendor = "Accept";
      return List.of(
          // The meta envelope: pages, a record, errors, and the deliberate 500 of the reports.
          calls -> calls.get("projects?offset=2&limit=2", Shape.META, 200),
          calls -> calls.get("projects/1", Shape.META, 200),
          calls -> calls.get("projects/999", Shape.META, 404),
          calls -> calls.get("projects?limit=0", Shape.META, 400),
          calls -> calls.get("projects/1/report", Shape.META, 500),
          // The bare style: a page and the next by its cursor, a record, errors, a deliberate 500.
          calls -> {
            JsonNode first = calls.get("contacts", Shape.BARE, 200);
            if (first != null && first.hasNonNull("cursor")) {
              calls.get("contacts?cursor=" + first.get("cursor").asText(), Shape.BARE, 200);
            }
          },
          calls -> calls.get("contacts/00000000-0000-0000-0000-000000000001", Shape.BARE, 200),
          calls -> calls.get("contacts?cursor=eyJvZmZzZXQiOjJ9.AAAA", Shape.BARE, 400),
          calls -> calls.get("contacts/00000000-0000-0000-0000-000000000099", Shape.BARE, 404),
          calls ->
              calls.get("contacts/00000000-0000-0000-0000-000000000001/avatar", Shape.BARE, 500),
          // The status envelope: pages, a record, errors.
          calls -> calls.get("notes?page=2", Shape.STATUS, 200),
          calls -> calls.get("notes/1", Shape.STATUS, 200),
          calls -> calls.get("notes/99", Shape.STATUS, 404),
          calls -> calls.get("notes?page=0", Shape.STATUS, 422),
          // The vendor style: a page and the next by its Link, a record, errors.
          calls -> {
            JsonNode first =
                calls.get("v2/lists?workspace_id=52", Shape.VENDOR, 200, vendor, VENDOR_TYPE);
            Matcher link = first == null ? null : LINK.matcher(first.get("link").asText());
            if (link != null && link.find()) {
              calls.get(URI.create(link.group(1)), Shape.VENDOR, 200, vendor, VENDOR_TYPE);
            }
          },
          calls -> calls.get("lists/1", Shape.VENDOR, 200, vendor, VENDOR_TYPE),
          calls -> calls.get("lists/99", Shape.VENDOR, 404, vendor, VENDOR_TYPE),
          calls -> calls.get("lists?workspace_id=52&view=bogus", Shape.VENDOR, 400),
          calls -> calls.get("lists?workspace_id=52&cursor=2", Shape.VENDOR, 400),
          calls -> calls.get("v3/lists", Shape.VENDOR, 404));
    }

    Pattern LINK = Pattern.compile("<([^>]+)>");
  }

  /** The server's used heap after a full collection, in KB, as {@code jcmd} reports it. */
  private long heapAfterGcKb() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("no heap figure in: " + info);
    }
    return Long.parseLong(used.group(1));
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    String jcmd = System.getProperty("java.home") + "/bin/jcmd";
    Process process =
        new ProcessBuilder(jcmd, Long.toString(serverPid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  private static long[] concat(long[]... parts) {
    int length = 0;
    for (long[] part : parts) {
      length += part.length;
    }
    long[] all = new long[length];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[
        Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
  }
}
