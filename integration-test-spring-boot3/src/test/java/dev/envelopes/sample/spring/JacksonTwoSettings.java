package dev.envelopes.sample.spring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * A test's Jackson 2 {@code ObjectMapper} as the settings of the Jackson 2 {@code ObjectMapper}
 * Spring Boot 3.5 writes the sample's JSON with: its naming strategy, and each serialization and
 * deserialization feature as the test's mapper has it, over Spring Boot's defaults and {@code
 * application.properties}, as Jersey's sample takes the test's mapper as it is. Boot 3.5's own, as
 * {@code JacksonThreeSettings} is Boot 4's: that one carries the same settings to Jackson 3.
 *
 * <p>Spring Boot registers the {@code java.time} module itself, the one module a test's mapper may
 * have.
 */
final class JacksonTwoSettings implements Jackson2ObjectMapperBuilderCustomizer {

  /** The one module a test's mapper may register: Spring Boot's mapper has it. */
  private static final Set<Object> MODULES = Set.of(new JavaTimeModule().getTypeId());

  private final PropertyNamingStrategy naming;
  private final List<Object> enabled = new ArrayList<>();
  private final List<Object> disabled = new ArrayList<>();

  private JacksonTwoSettings(ObjectMapper mapper) {
    for (Object module : mapper.getRegisteredModuleIds()) {
      if (!MODULES.contains(module)) {
        throw new IllegalArgumentException(
            "a module Spring's Jackson 2 mapper cannot be told to register: " + module);
      }
    }
    naming = mapper.getPropertyNamingStrategy();
    for (SerializationFeature feature : SerializationFeature.values()) {
      (mapper.isEnabled(feature) ? enabled : disabled).add(feature);
    }
    for (DeserializationFeature feature : DeserializationFeature.values()) {
      (mapper.isEnabled(feature) ? enabled : disabled).add(feature);
    }
  }

  /** Spring's mapper set as {@code mapper} is. */
  static JacksonTwoSettings of(ObjectMapper mapper) {
    return new JacksonTwoSettings(mapper);
  }

  @Override
  public void customize(Jackson2ObjectMapperBuilder builder) {
    if (naming != null) {
      builder.propertyNamingStrategy(naming);
    }
    builder.featuresToEnable(enabled.toArray());
    builder.featuresToDisable(disabled.toArray());
  }
}
