package com.example;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@EnvelopeApi
@ResponseCode(
    status = 2000,
    code = 602,
    message = "Request OK")
public class ShopApplication extends Application {}
