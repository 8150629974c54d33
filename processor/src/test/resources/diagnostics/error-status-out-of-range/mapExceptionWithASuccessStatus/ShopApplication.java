package com.example;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import jakarta.ws.rs.core.Application;

@EnvelopeApi
@MapException(
    value = IllegalStateException.class,
    status = 200,
    detail = "The shop is closed.")
public class ShopApplication extends Application {}
