package dev.envelopes.sample.spring;

import dev.envelopes.CursorKey;
import dev.envelopes.sample.SampleSpringApplication;
import dev.envelopes.sample.SampleStore;
import dev.envelopes.sample.support.MutableClock;
import dev.envelopes.sample.support.Sabotage;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Boot on its embedded Tomcat: {@link SampleSpringApplication} started in the tests' JVM on
 * a free port, as {@link Setup} says: its configuration as the application's properties (over
 * {@code application.properties}), its clock a {@link MutableClock} bean and the cursors' clock, a
 * test's Jackson 2 mapper as the settings of Spring's Jackson 3 one ({@link JacksonThreeSettings}),
 * and a test's {@link Sabotage} as a handler interceptor ({@link SabotageInterceptor}). The tests
 * reach the store through the application's own bean.
 */
public final class SpringRuntime implements SampleRuntime {

  /** The name of the properties a test's setup gives, ahead of every other source. */
  private static final String SETUP_PROPERTIES = "envelopes-test-setup";

  @Override
  public String name() {
    return "spring";
  }

  @Override
  public Served serve(Setup setup) {
    MutableClock clock = new MutableClock(SampleApi.START);
    List<SabotageInterceptor> interceptors = new ArrayList<>();
    for (Object provider : setup.providers()) {
      if (!(provider instanceof Sabotage sabotage)) {
        throw new UnsupportedOperationException(
            "a Jakarta REST provider the Spring sample cannot take: " + provider);
      }
      interceptors.add(new SabotageInterceptor(sabotage));
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleSpringApplication.class)
            .initializers(
                starting -> {
                  starting
                      .getEnvironment()
                      .getPropertySources()
                      .addFirst(new MapPropertySource(SETUP_PROPERTIES, properties(setup, clock)));
                  var beans = starting.getBeanFactory();
                  beans.registerSingleton("testClock", clock);
                  if (setup.json() != null) {
                    beans.registerSingleton(
                        "testJson", JacksonThreeSettings.of(setup.json().getContext(Object.class)));
                  }
                  beans.registerSingleton(
                      "testInterceptors",
                      new WebMvcConfigurer() {
                        @Override
                        public void addInterceptors(InterceptorRegistry registry) {
                          interceptors.forEach(registry::addInterceptor);
                        }
                      });
                })
            .run();
    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    SampleStore store = context.getBean(SampleStore.class);
    return new Served() {
      @Override
      public String base() {
        return base;
      }

      @Override
      public long addProject(String name, String owner) {
        return store.addProject(name, owner).id();
      }

      @Override
      public void advanceClock(Duration amount) {
        clock.advance(amount);
      }

      /** Stops Tomcat once the requests in progress have ended, as Spring Boot shuts down. */
      @Override
      public void close() {
        context.close();
      }
    };
  }

  /**
   * The application's properties as {@code setup} gives them, on a free port, with {@code clock}
   * dating and ageing the cursors, as the Jakarta REST runtimes' property does.
   */
  private static Map<String, Object> properties(Setup setup, MutableClock clock) {
    Map<String, Object> properties = new HashMap<>(setup.properties());
    properties.put(CursorKey.CLOCK_PROPERTY, clock);
    if (setup.cursorKey() != null) {
      properties.put(CursorKey.PROPERTY, setup.cursorKey());
    }
    properties.put("server.port", 0);
    properties.put("server.address", "localhost");
    // One application per test class, or per test: Spring's notes about starting are noise there.
    properties.put("spring.main.log-startup-info", false);
    return properties;
  }
}
