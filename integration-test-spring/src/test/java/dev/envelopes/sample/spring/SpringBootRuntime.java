package dev.envelopes.sample.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Function;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Boot on its embedded Tomcat: {@link SampleSpringApplication} started in the tests' JVM on
 * a free port, as {@link Setup} says: its configuration as the application's properties (over
 * {@code application.properties}), its clock a {@link MutableClock} bean, a test's Jackson 2 mapper
 * as the settings of Spring's own mapper, and a test's {@link Sabotage} as a handler interceptor
 * ({@link SabotageInterceptor}). The tests reach the store through the application's own bean.
 *
 * <p>Shared by the sample's module on each Spring Boot: what differs between them is only how a
 * test's mapper sets Spring's, which is Jackson 3 on Boot 4 and Jackson 2 on Boot 3.5, so each
 * module's runtime gives that (and its name).
 */
public abstract class SpringBootRuntime implements SampleRuntime {

  /** The name of the properties a test's setup gives, ahead of every other source. */
  private static final String SETUP_PROPERTIES = "envelopes-test-setup";

  private final String name;
  private final Function<ObjectMapper, Object> jsonSettings;

  /**
   * The runtime called {@code name}, which sets Spring's mapper as a test's mapper is set with the
   * bean {@code jsonSettings} makes of it (a customizer of the builder Spring Boot makes its
   * mapper with).
   */
  protected SpringBootRuntime(String name, Function<ObjectMapper, Object> jsonSettings) {
    this.name = name;
    this.jsonSettings = jsonSettings;
  }

  @Override
  public String name() {
    return name;
  }

  /** The controller twin of a resource: {@code NoteResource} is served by {@code NoteController}. */
  @Override
  public String handlerClass(String resource) {
    return resource.replaceFirst("Resource$", "Controller");
  }

  /** The contacts' controller, the twin of the Jakarta sample's resource. */
  @Override
  public String contactsEndpoint() {
    return "dev.envelopes.sample.contacts.ContactController.list";
  }

  /** The lists' controller, the twin of the Jakarta sample's resource. */
  @Override
  public String listsEndpoint() {
    return "dev.envelopes.sample.flow.ListController.list";
  }

  /** The Spring binding's {@code @RestControllerAdvice} of every other exception logs the 500. */
  @Override
  public String internalErrorLogger() {
    return "dev.envelopes.sample.EnvelopesInternalErrors";
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
                        "testJson", jsonSettings.apply(setup.json().getContext(Object.class)));
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

  /** The application's properties as {@code setup} gives them, on a free port. */
  private static Map<String, Object> properties(Setup setup, MutableClock clock) {
    Map<String, Object> properties = new HashMap<>(setup.properties());
    // The clock cursors are dated by, as the Jersey runtime configures it.
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
