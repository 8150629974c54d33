package dev.envelopes.bench.spring.server;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two sides, each a Spring Boot application of its own on its own embedded Tomcat, in one JVM:
 * {@code generated} ({@link GeneratedApplication}) and {@code runtime} ({@link
 * RuntimeApplication}). Two applications rather than two path prefixes of one, because the
 * generated glue is API-wide by design (a filter on every request, a return value handler put
 * first for every handler method, an advice that answers Spring's own exceptions): in one
 * application it would run on the runtime side's requests too. One JVM, so that both share the
 * JIT's work on Spring, Tomcat and Jackson.
 */
public final class SpringBenchServers implements AutoCloseable {

  /** The sides, by the name the benchmarks report them with. */
  public static final List<String> SIDES = List.of("generated", "runtime");

  private final Map<String, ConfigurableApplicationContext> contexts;

  private SpringBenchServers(Map<String, ConfigurableApplicationContext> contexts) {
    this.contexts = contexts;
  }

  /** Starts {@code sides} (of {@link #SIDES}), each on a free port. */
  public static SpringBenchServers start(List<String> sides) {
    Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    for (String side : sides) {
      SpringApplication application = new SpringApplication(applicationOf(side));
      application.setDefaultProperties(
          Map.of(
              "server.port", "0",
              "spring.main.banner-mode", "off",
              "logging.level.root", "WARN"));
      contexts.put(side, application.run());
    }
    return new SpringBenchServers(contexts);
  }

  private static Class<?> applicationOf(String side) {
    return switch (side) {
      case "generated" -> GeneratedApplication.class;
      case "runtime" -> RuntimeApplication.class;
      default -> throw new IllegalArgumentException("no side " + side + "; the sides: " + SIDES);
    };
  }

  /** The root of {@code side}'s server, ending with a slash. */
  public URI base(String side) {
    return URI.create(
        "http://localhost:"
            + context(side).getEnvironment().getProperty("local.server.port")
            + "/");
  }

  /** The application context of {@code side}. */
  public ConfigurableApplicationContext context(String side) {
    ConfigurableApplicationContext context = contexts.get(side);
    if (context == null) {
      throw new IllegalArgumentException(side + " was not started");
    }
    return context;
  }

  @Override
  public void close() {
    contexts.values().forEach(ConfigurableApplicationContext::close);
  }
}
