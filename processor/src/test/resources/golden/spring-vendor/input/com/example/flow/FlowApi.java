package com.example.flow;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
import dev.envelopes.VendorConvention;

@EnvelopeApi
@EnvelopeStyle(Style.VENDOR)
@VendorConvention(
    vendor = "flow",
    version = 2,
    errorDocumentation = "https://developer.getflow.com/errors")
public class FlowApi {}
