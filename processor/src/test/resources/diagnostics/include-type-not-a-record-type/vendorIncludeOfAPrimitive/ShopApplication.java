package com.example;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@EnvelopeApi
@dev.envelopes.VendorConvention(
    vendor = "flow",
    version = 2,
    errorDocumentation = "https://example.com/errors")
public class ShopApplication extends Application {}
