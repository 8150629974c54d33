package com.example;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@EnvelopeApi
@MapException(value = IllegalStateException.class, status = 503)
@MapException(value = IllegalStateException.class, status = 500)
public class ShopApplication extends Application {}
