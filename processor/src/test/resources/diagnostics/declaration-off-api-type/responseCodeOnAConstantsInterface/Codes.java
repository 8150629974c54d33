package com.example;

import dev.envelopes.ResponseCode;

@ResponseCode(status = 200, code = 1000, message = "Request OK")
public interface Codes {}
