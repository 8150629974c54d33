package dev.envelopes.sample.spring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test's Jackson 2 {@code ObjectMapper}, as the settings of the Jackson 3 {@code JsonMapper}
 * Spring Boot writes the sample's JSON with: its naming strategy, and the features it sets
 * otherwise than a new mapper, each by the same name in Jackson 3 (where the date and time features
 * are {@link DateTimeFeature}s). As {@code MapperDescription} describes it to the Quarkus process.
 *
 * <p>Jackson 3 reads and writes {@code java.time} without a module, ISO-8601 by default, where
 * Jackson 2 needs {@link JavaTimeModule} and then writes timestamps by default: with that module,
 * the date and time features are carried as the mapper has them, not only where they differ from a
 * new mapper's. A mapper without the module cannot be told apart in Jackson 3, whose dates are
 * always readable.
 */
final class JacksonThreeSettings implements JsonMapperBuilderCustomizer {

  /** The naming strategies of Jackson 2, by their class, as the same strategy of Jackson 3. */
  private static final Map<Class<?>, tools.jackson.databind.PropertyNamingStrategy> NAMING =
      namingTwins();

  /** The one module a test's mapper may register: Jackson 3 has it built in. */
  private static final Set<Object> MODULES = Set.of(new JavaTimeModule().getTypeId());

  private final tools.jackson.databind.PropertyNamingStrategy naming;
  private final Map<Enum<?>, Boolean> features = new LinkedHashMap<>();

  private JacksonThreeSettings(ObjectMapper mapper) {
    for (Object module : mapper.getRegisteredModuleIds()) {
      if (!MODULES.contains(module)) {
        throw new IllegalArgumentException(
            "a module Spring's Jackson 3 mapper cannot be told to register: " + module);
      }
    }
    boolean javaTime = !mapper.getRegisteredModuleIds().isEmpty();
    PropertyNamingStrategy strategy = mapper.getPropertyNamingStrategy();
    naming = strategy == null ? null : NAMING.get(strategy.getClass());
    if (strategy != null && naming == null) {
      throw new IllegalArgumentException("a naming strategy without a Jackson 3 twin: " + strategy);
    }
    ObjectMapper fresh = new ObjectMapper();
    for (SerializationFeature feature : SerializationFeature.values()) {
      carry(
          feature.name(),
          tools.jackson.databind.SerializationFeature.class,
          mapper.isEnabled(feature),
          fresh.isEnabled(feature),
          javaTime);
    }
    for (DeserializationFeature feature : DeserializationFeature.values()) {
      carry(
          feature.name(),
          tools.jackson.databind.DeserializationFeature.class,
          mapper.isEnabled(feature),
          fresh.isEnabled(feature),
          javaTime);
    }
  }

  /** Spring's mapper set as {@code mapper} is. */
  static JacksonThreeSettings of(ObjectMapper mapper) {
    return new JacksonThreeSettings(mapper);
  }

  @Override
  public void customize(JsonMapper.Builder builder) {
    if (naming != null) {
      builder.propertyNamingStrategy(naming);
    }
    features.forEach(
        (feature, on) -> {
          if (feature instanceof DateTimeFeature dateTime) {
            builder.configure(dateTime, on);
          } else if (feature instanceof tools.jackson.databind.SerializationFeature serialization) {
            builder.configure(serialization, on);
          } else {
            builder.configure((tools.jackson.databind.DeserializationFeature) feature, on);
          }
        });
  }

  /**
   * Carries the feature {@code name} of Jackson 2 to its twin of {@code kind} or to the date and
   * time feature of that name, where it must be set: it is on ({@code on}) or off otherwise than
   * in a new mapper ({@code fresh}), or it is a date and time feature of a mapper with {@code
   * javaTime}.
   */
  private <E extends Enum<E>> void carry(
      String name, Class<E> kind, boolean on, boolean fresh, boolean javaTime) {
    Enum<?> dateTime = constant(DateTimeFeature.class, name);
    if (on == fresh && !(dateTime != null && javaTime)) {
      return;
    }
    Enum<?> twin = dateTime != null ? dateTime : constant(kind, name);
    if (twin == null) {
      throw new IllegalArgumentException("a feature without a Jackson 3 twin: " + name);
    }
    features.put(twin, on);
  }

  /**
   * Each constant of Jackson 2's {@link PropertyNamingStrategies}, by its class, as the constant of
   * the same name of Jackson 3's.
   */
  private static Map<Class<?>, tools.jackson.databind.PropertyNamingStrategy> namingTwins() {
    Map<Class<?>, tools.jackson.databind.PropertyNamingStrategy> twins = new HashMap<>();
    for (Field constant : PropertyNamingStrategies.class.getFields()) {
      if (!PropertyNamingStrategy.class.isAssignableFrom(constant.getType())) {
        continue;
      }
      try {
        twins.put(
            constant.get(null).getClass(),
            (tools.jackson.databind.PropertyNamingStrategy)
                tools.jackson.databind.PropertyNamingStrategies.class
                    .getField(constant.getName())
                    .get(null));
      } catch (NoSuchFieldException e) {
        // A strategy Jackson 3 dropped: a mapper that uses it cannot be carried over.
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(constant + " cannot be read", e);
      }
    }
    return twins;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }
}
