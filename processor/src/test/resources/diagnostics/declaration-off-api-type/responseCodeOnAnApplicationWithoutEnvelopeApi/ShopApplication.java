package com.example;

import dev.envelopes.ResponseCode;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@ResponseCode(status = 200, code = 602, message = "Request OK")
public class ShopApplication extends Application {}
