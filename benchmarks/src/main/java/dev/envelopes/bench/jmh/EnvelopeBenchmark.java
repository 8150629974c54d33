package dev.envelopes.bench.jmh;

import dev.envelopes.Style;
import dev.envelopes.bench.jmh.Wrapping.Implementation;
import dev.envelopes.bench.jmh.Wrapping.Payload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A payload wrapped and serialised as JSON into a reused output stream in one style by the code
 * Envelopes generates, and by the usual runtime alternative, the style's generic envelope filled by
 * a reflective filter.
 */
@State(Scope.Thread)
public class EnvelopeBenchmark {

  @Param({"META", "BARE", "STATUS", "VENDOR"})
  public Style style;

  @Param({"ONE", "LIST_OF_25", "PAGE_OF_300"})
  public Payload payload;

  private Wrapping generated;
  private Wrapping runtime;
  private Wrapping payloadAlone;
  private Wrapping streamingPayloadAlone;
  private Wrapping generatedFiltersOnly;

  @Setup
  public void setUp() {
    generated = Wrapping.of(Implementation.GENERATED, style, payload);
    runtime = Wrapping.of(Implementation.RUNTIME, style, payload);
    payloadAlone = Wrapping.of(Implementation.PAYLOAD_ALONE, style, payload);
    streamingPayloadAlone = Wrapping.of(Implementation.STREAMING_PAYLOAD_ALONE, style, payload);
    generatedFiltersOnly = Wrapping.of(Implementation.GENERATED_FILTERS_ONLY, style, payload);
  }

  @Benchmark
  public int generated() {
    return generated.run();
  }

  @Benchmark
  public int runtime() {
    return runtime.run();
  }

  /**
   * The payload's records serialised by databind without any envelope, the same in every style (the
   * JMH run measures it in one).
   */
  @Benchmark
  public int payloadAlone() {
    return payloadAlone.run();
  }

  /**
   * A ceiling: the payload's records written by hand with Jackson's streaming API without any
   * envelope, the same in every style (the JMH run measures it in one).
   */
  @Benchmark
  public int streamingPayloadAlone() {
    return streamingPayloadAlone.run();
  }

  /** A ceiling: the generated filters, with the JSON they lead to copied from an array. */
  @Benchmark
  public int generatedFiltersOnly() {
    return generatedFiltersOnly.run();
  }
}
