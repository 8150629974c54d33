package dev.envelopes.bench.generated;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.ResponseCode;

/** The benchmarked API's code table: the one success code the runtime wrapper also answers. */
@EnvelopeApi
@ResponseCode(status = 200, code = 602, message = "Request OK")
public final class BenchApi {

  private BenchApi() {}
}
