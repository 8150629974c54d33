package dev.envelopes.bench.spring.api;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.ResponseCode;

/**
 * The benchmarked API, in the meta style: its code for 200 is the one the hand-written {@code
 * ApiResponse.ok} states, so that both sides answer the same bytes.
 */
@EnvelopeApi
@ResponseCode(status = 200, code = 602, message = "Request OK")
public final class ItemsApi {

  private ItemsApi() {}
}
