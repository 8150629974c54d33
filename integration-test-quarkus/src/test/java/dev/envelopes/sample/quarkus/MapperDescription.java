package dev.envelopes.sample.quarkus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test's {@code ObjectMapper}, described as the system properties from which {@link
 * SampleJsonProvider} builds the same mapper in the Quarkus process: its modules, its naming
 * strategy, and the features it sets otherwise than a new mapper.
 */
final class MapperDescription {

  private MapperDescription() {}

  /** The modules a test's mapper may register, whose ids are not always their class names. */
  private static final List<Class<? extends Module>> MODULES = List.of(JavaTimeModule.class);

  static Map<String, String> of(ObjectMapper mapper) {
    ObjectMapper fresh = new ObjectMapper();
    List<String> modules = new ArrayList<>();
    for (Object id : mapper.getRegisteredModuleIds()) {
      modules.add(moduleClass(id));
    }
    List<String> enabled = new ArrayList<>();
    List<String> disabled = new ArrayList<>();
    for (SerializationFeature feature : SerializationFeature.values()) {
      boolean on = mapper.isEnabled(feature);
      if (on != fresh.isEnabled(feature)) {
        (on ? enabled : disabled).add("serialization." + feature.name());
      }
    }
    for (DeserializationFeature feature : DeserializationFeature.values()) {
      boolean on = mapper.isEnabled(feature);
      if (on != fresh.isEnabled(feature)) {
        (on ? enabled : disabled).add("deserialization." + feature.name());
      }
    }
    Map<String, String> properties = new TreeMap<>();
    properties.put(SampleJsonProvider.DESCRIBED, "true");
    properties.put(SampleJsonProvider.MODULES, String.join(",", modules));
    PropertyNamingStrategy naming = mapper.getPropertyNamingStrategy();
    properties.put(SampleJsonProvider.NAMING, naming == null ? "" : naming.getClass().getName());
    properties.put(SampleJsonProvider.ENABLED, String.join(",", enabled));
    properties.put(SampleJsonProvider.DISABLED, String.join(",", disabled));
    return properties;
  }

  private static String moduleClass(Object id) {
    for (Class<? extends Module> module : MODULES) {
      try {
        if (module.getConstructor().newInstance().getTypeId().equals(id)) {
          return module.getName();
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(module + " cannot be made", e);
      }
    }
    throw new IllegalArgumentException(
        "a module the Quarkus process cannot be told to register: " + id + "; add it to MODULES");
  }
}
