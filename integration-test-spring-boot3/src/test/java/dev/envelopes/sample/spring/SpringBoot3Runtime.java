package dev.envelopes.sample.spring;

/**
 * The sample on Spring Boot 3.5, which writes JSON with Jackson 2: a test's mapper sets Spring's as
 * {@link JacksonTwoSettings} carries it over. This module's own, as integration-test-spring's
 * {@code SpringRuntime} names Boot 4's Jackson 3 settings, which do not compile here.
 */
public final class SpringBoot3Runtime extends SpringBootRuntime {

  public SpringBoot3Runtime() {
    super("spring-boot3", JacksonTwoSettings::of);
  }
}
