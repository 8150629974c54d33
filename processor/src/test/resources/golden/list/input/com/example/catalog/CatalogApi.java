package com.example.catalog;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;

@EnvelopeApi
@ResponseCode(status = 200, code = 602, message = "Request OK")
@ResponseCode(status = 400, code = 1001, message = "Invalid request")
@ResponseCode(status = 404, code = 1004, message = "Resource not found")
@ResponseCode(status = 503, code = 1503, message = "Try again later")
@MapException(value = IllegalArgumentException.class, status = 400, detail = "A parameter is not valid.")
@MapException(value = UnsupportedOperationException.class, status = 503)
public class CatalogApi {}
