package dev.envelopes.bench.generated;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.ResponseCode;
import dev.envelopes.VendorConvention;

/**
 * The benchmarked API: the meta style's code table (the one success code the runtime wrapper also
 * answers) and the vendor style's convention.
 */
@EnvelopeApi
@VendorConvention(
    vendor = "flow",
    version = 2,
    errorDocumentation = "https://developer.getflow.com/errors/")
@ResponseCode(status = 200, code = 602, message = "Request OK")
public final class BenchApi {

  private BenchApi() {}
}
