package dev.envelopes.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** The one ObjectMapper both implementations write with, in JMH and over HTTP. */
public final class BenchJson implements ContextResolver<ObjectMapper> {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}
