package dev.envelopes.sample.quarkus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
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

  static Map<String, String> of(ObjectMapper mapper) {
    ObjectMapper fresh = new ObjectMapper();
    List<String> modules = new ArrayList<>();
    for (Object id : mapper.getRegisteredModuleIds()) {
      modules.add(id.toString());
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
}
