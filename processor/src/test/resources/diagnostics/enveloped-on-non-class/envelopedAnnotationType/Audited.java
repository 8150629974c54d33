package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.Path;

@Path("/audited")
@Enveloped
public @interface Audited {}
