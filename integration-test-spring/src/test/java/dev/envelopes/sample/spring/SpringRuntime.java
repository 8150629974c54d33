package dev.envelopes.sample.spring;

/**
 * The sample on Spring Boot 4, which writes JSON with Jackson 3: a test's Jackson 2 mapper sets
 * Spring's as {@link JacksonThreeSettings} carries it over.
 */
public final class SpringRuntime extends SpringBootRuntime {

  public SpringRuntime() {
    super("spring", JacksonThreeSettings::of);
  }

  /** Spring Boot 4 writes with Jackson 3. */
  @Override
  public int jacksonVersion() {
    return 3;
  }
}
