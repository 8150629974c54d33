package dev.envelopes.processor.model;

/**
 * The Jackson that generated serializers write with: the one the user's web framework writes JSON
 * with, as the reader finds it on the compile classpath. Jackson's annotations keep their package,
 * {@code com.fasterxml.jackson.annotation}, in both; databind and the streaming API do not.
 */
public enum JsonLibrary {
  /** Jackson 2: databind and the streaming API in {@code com.fasterxml.jackson}. */
  JACKSON_2,
  /**
   * Jackson 3: databind and the streaming API in {@code tools.jackson}, with no checked
   * exceptions.
   */
  JACKSON_3
}
