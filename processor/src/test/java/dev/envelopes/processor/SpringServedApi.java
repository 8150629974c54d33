package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A golden case's Spring controllers, compiled with the processor and served by Spring Boot 4
 * (embedded Tomcat on a free port, Jackson 3) in the test's JVM, with an application class of its
 * own that names nothing of Envelopes: the auto-configuration comes from the imports file the
 * processor wrote.
 */
final class SpringServedApi implements AutoCloseable {

  private final URLClassLoader loader;
  private final ConfigurableApplicationContext context;
  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  private SpringServedApi(URLClassLoader loader, ConfigurableApplicationContext context) {
    this.loader = loader;
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /**
   * Serves the controllers of {@code golden/<goldenCase>/input}, compiled into {@code classes},
   * with a {@code @SpringBootApplication} in {@code apiPackage} and the application's {@code
   * properties}.
   */
  static SpringServedApi serve(
      String goldenCase, String apiPackage, Path classes, Map<String, Object> properties)
      throws Exception {
    List<JavaFileObject> sources =
        new ArrayList<>(ProcessorCompiler.sourcesIn("golden/" + goldenCase + "/input"));
    sources.add(
        JavaFileObjects.forSourceString(
            apiPackage + ".ServedApplication",
            """
            package %s;

            import org.springframework.boot.autoconfigure.SpringBootApplication;

            @SpringBootApplication
            public class ServedApplication {}
            """
                .formatted(apiPackage)));
    // As Spring Boot's parent POM compiles: -parameters, which Spring reads @PathVariable names
    // from.
    List<String> options = new ArrayList<>(ProcessorCompiler.STRICT_OPTIONS);
    options.add("-parameters");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
            .withOptions(options)
            .compile(sources);
    assertWithMessage("errors").that(compilation.errors()).isEmpty();
    writeClassOutput(compilation, classes);
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, SpringServedApi.class.getClassLoader());
    SpringApplication application =
        new SpringApplication(loader.loadClass(apiPackage + ".ServedApplication"));
    application.setResourceLoader(new DefaultResourceLoader(loader));
    Map<String, Object> defaults = new HashMap<>(properties);
    defaults.put("server.port", "0");
    defaults.put("spring.main.banner-mode", "off");
    application.setDefaultProperties(defaults);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return new SpringServedApi(loader, application.run());
    } catch (RuntimeException | Error failed) {
      loader.close();
      throw failed;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Sends {@code method path}, with {@code json} as its body unless it is {@code null}. */
  HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    context.close();
    loader.close();
  }

  /** Every class and resource the compilation wrote, in a folder Boot can scan. */
  private static void writeClassOutput(Compilation compilation, Path root) {
    String classOutput = "/CLASS_OUTPUT/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.contains(classOutput)) {
        continue;
      }
      Path target = root.resolve(path.substring(path.indexOf(classOutput) + classOutput.length()));
      try (InputStream bytes = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
