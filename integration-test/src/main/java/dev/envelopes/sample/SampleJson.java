package dev.envelopes.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The sample's JSON: dates and times as ISO-8601 strings, such as {@code 2017-05-15}. Public for
 * the HTTP benchmark, whose runtime twin of the sample writes the same JSON.
 */
public final class SampleJson implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
