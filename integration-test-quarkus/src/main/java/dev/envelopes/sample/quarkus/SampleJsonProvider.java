package dev.envelopes.sample.quarkus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.envelopes.sample.SampleJson;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sample's JSON for Quarkus, which finds providers by their {@code @Provider} annotation, where
 * the other runtimes take {@link SampleJson} from the Application's singletons.
 *
 * <p>A test that serves the API with a mapper of its own describes it in the system properties
 * below, as its runtime in the tests' JVM reads it off the mapper; the mapper built from them
 * writes the same JSON.
 */
@Provider
public final class SampleJsonProvider implements ContextResolver<ObjectMapper> {

  /** Whether a mapper is described: then it replaces {@link SampleJson}'s. */
  public static final String DESCRIBED = "envelopes.sample.json";

  /** The classes of the mapper's modules, comma-separated. */
  public static final String MODULES = "envelopes.sample.json.modules";

  /** The class of its naming strategy, if it has one. */
  public static final String NAMING = "envelopes.sample.json.naming";

  /** The serialization and deserialization features it turns on, against a new mapper's. */
  public static final String ENABLED = "envelopes.sample.json.enabled";

  /** The serialization and deserialization features it turns off, against a new mapper's. */
  public static final String DISABLED = "envelopes.sample.json.disabled";

  private final ObjectMapper mapper =
      Boolean.getBoolean(DESCRIBED) ? described() : new SampleJson().getContext(Object.class);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }

  private static ObjectMapper described() {
    ObjectMapper mapper = new ObjectMapper();
    for (String module : names(MODULES)) {
      mapper.registerModule((Module) instance(module));
    }
    String naming = System.getProperty(NAMING, "");
    if (!naming.isEmpty()) {
      mapper.setPropertyNamingStrategy((PropertyNamingStrategy) instance(naming));
    }
    features(ENABLED, mapper::enable, mapper::enable);
    features(DISABLED, mapper::disable, mapper::disable);
    return mapper;
  }

  private static void features(
      String property,
      Consumer<SerializationFeature> serialization,
      Consumer<DeserializationFeature> deserialization) {
    for (String feature : names(property)) {
      String[] kindAndName = feature.split("\\.", 2);
      if (kindAndName[0].equals("serialization")) {
        serialization.accept(SerializationFeature.valueOf(kindAndName[1]));
      } else {
        deserialization.accept(DeserializationFeature.valueOf(kindAndName[1]));
      }
    }
  }

  private static List<String> names(String property) {
    String value = System.getProperty(property, "");
    return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
  }

  private static Object instance(String className) {
    try {
      return Class.forName(className).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the mapper's " + className, e);
    }
  }
}
