package com.example.tasks;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;

@EnvelopeApi
@ResponseCode(status = 200, code = 602, message = "Request OK")
@MapException(value = UnsupportedOperationException.class, status = 503)
public class TasksApi {}
