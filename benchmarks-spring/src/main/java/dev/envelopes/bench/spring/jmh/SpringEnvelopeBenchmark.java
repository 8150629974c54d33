package dev.envelopes.bench.spring.jmh;

import dev.envelopes.bench.spring.jmh.ReturnValuePath.Payload;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A controller's return value answered as JSON into a reused buffer ({@link ReturnValuePath}), in
 * the running application of one side: the generated glue's return value handler, or the
 * hand-written {@code ResponseBodyAdvice}.
 */
@State(Scope.Thread)
public class SpringEnvelopeBenchmark {

  @Param({"generated", "runtime"})
  public String side;

  @Param({"ONE", "LIST_OF_25", "PAGE_OF_300", "CREATED", "DECLARED_ERROR"})
  public Payload payload;

  private SpringBenchServers servers;
  private ReturnValuePath path;

  @Setup
  public void setUp() {
    servers = SpringBenchServers.start(List.of(side));
    path = ReturnValuePath.of(servers.context(side), payload);
  }

  @TearDown
  public void tearDown() {
    servers.close();
  }

  @Benchmark
  public int answer() {
    return path.run();
  }
}
