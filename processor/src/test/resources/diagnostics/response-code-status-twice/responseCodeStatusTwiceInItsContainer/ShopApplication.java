package com.example;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@EnvelopeApi
@ResponseCodes({
  @ResponseCode(status = 200, code = 602, message = "Request OK"),
  @ResponseCode(status = 404, code = 704, message = "Resource not found"),
  @ResponseCode(status = 404, code = 705, message = "No such project")
})
public class ShopApplication extends Application {}
