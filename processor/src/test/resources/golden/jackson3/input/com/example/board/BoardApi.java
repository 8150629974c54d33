package com.example.board;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.VendorConvention;

@EnvelopeApi
@VendorConvention(vendor = "board", version = 1, errorDocumentation = "https://board.example/errors")
public class BoardApi {}
