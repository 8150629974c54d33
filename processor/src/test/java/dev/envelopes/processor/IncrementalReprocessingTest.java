package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Gradle does around Envelopes' two processors, through {@code javax.tools}: after a change,
 * it deletes what the aggregating processor generated and what the isolating one generated from the
 * changed and deleted classes, keeps the isolating outputs of unchanged classes, recompiles only
 * the changed sources, and hands the processors the unchanged annotated types as class files. The
 * generated sources must then be exactly those of a clean build of the new sources, with nothing
 * stale left.
 *
 * <p>The change adds a method to a resource, adds a resource class and deletes another, and leaves
 * a third alone, starting from the golden "bare" API, which mixes styles across two packages.
 */
class IncrementalReprocessingTest {

  private static final String AGGREGATING = EnvelopesProcessor.class.getName();

  /** Named as the README says: the records' processor first, since the other claims @Enveloped. */
  private static final String PROCESSORS =
      EnvelopeRecordsProcessor.class.getName() + "," + EnvelopesProcessor.class.getName();

  private static final String ADDED_RESOURCE =
      """
      package com.example.crm;

      import dev.envelopes.Enveloped;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      import jakarta.ws.rs.PathParam;

      @Path("/invoices")
      @Enveloped
      public class InvoiceResource {

        @GET
        @Path("{id}")
        public String get(@PathParam("id") long id) {
          return "invoice " + id;
        }
      }
      """;

  /** A resource the change leaves alone: its records stay, as Gradle keeps isolating outputs. */
  private static final String UNCHANGED_RESOURCE =
      """
      package com.example.crm;

      import dev.envelopes.Enveloped;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      import java.util.List;

      @Path("/statuses")
      @Enveloped
      public class StatusResource {

        @GET
        public List<String> list() {
          return List.of("open");
        }
      }
      """;

  @Test
  void rebuildingFromChangedSourcesAndUnchangedClassesGeneratesWhatACleanBuildDoes(
      @TempDir Path work) throws IOException {
    Path first = copy(ProcessorCompiler.resourcePath("golden/bare/input"), work.resolve("v1"));
    Files.writeString(first.resolve("com/example/crm/StatusResource.java"), UNCHANGED_RESOURCE);
    Build before = compile(work.resolve("build"), sourcesUnder(first), List.of(), List.of());
    assertTrue(before.generated().containsKey("com/example/crm/OrderResourceEnvelopes.java"));

    // The change: one resource gains a method, one is added, one is deleted.
    Path second = copy(first, work.resolve("v2"));
    Path changed = second.resolve("com/example/crm/contacts/ContactResource.java");
    Files.writeString(
        changed,
        Files.readString(changed)
            .replace(
                "  @POST\n",
                "  @GET\n  @Path(\"count\")\n  public int count() {\n    return 0;\n  }\n\n"
                    + "  @POST\n"));
    Path added = second.resolve("com/example/crm/InvoiceResource.java");
    Files.writeString(added, ADDED_RESOURCE);
    Files.delete(second.resolve("com/example/crm/OrderResource.java"));

    Build clean = compile(work.resolve("clean"), sourcesUnder(second), List.of(), List.of());

    // Gradle's incremental build, in the same output folders: the deleted class goes, and with it
    // every output of the aggregating processor and the isolating outputs of the changed and the
    // deleted class; the records of the unchanged resource stay. The changed and added sources
    // are compiled, and the unchanged annotated types are reprocessed from their class files.
    Path classes = before.classes();
    Path generated = work.resolve("build/generated");
    deleteClassesOf(classes, "com/example/crm/OrderResource");
    for (Map.Entry<String, String> file : before.generated().entrySet()) {
      String type = file.getKey().replace(".java", "");
      boolean aggregating = file.getValue().contains("@Generated(\"" + AGGREGATING + "\")");
      boolean ofChangedOrDeleted =
          type.contains("/ContactResource") || type.contains("/OrderResource");
      if (aggregating || ofChangedOrDeleted) {
        Files.delete(generated.resolve(file.getKey()));
        deleteClassesOf(classes, type);
      }
    }
    assertTrue(
        Files.exists(generated.resolve("com/example/crm/StatusResourceListEnvelope.java")),
        "the unchanged resource's record is kept");
    Build incremental =
        compile(
            work.resolve("build"),
            List.of(changed, added),
            List.of(
                "com.example.crm.StatusResource",
                "com.example.crm.contacts.ContactNotFound",
                "com.example.crm.contacts.CreditLimitExceeded"),
            List.of(classes));

    assertEquals(clean.generated().keySet(), incremental.generated().keySet(), "generated files");
    for (Map.Entry<String, String> file : clean.generated().entrySet()) {
      assertEquals(file.getValue(), incremental.generated().get(file.getKey()), file.getKey());
    }
  }

  /** What one compilation wrote: its class folder and its generated sources by path. */
  private record Build(Path classes, Map<String, String> generated) {}

  private static Build compile(
      Path output, List<Path> sources, List<String> reprocessed, List<Path> classpath)
      throws IOException {
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated"));
    List<String> path = new ArrayList<>();
    classpath.forEach(folder -> path.add(folder.toString()));
    path.add(System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "-d", classes.toString(),
                      "-s", generated.toString(),
                      "-classpath", String.join(File.pathSeparator, path),
                      "-processor", PROCESSORS,
                      "--release", "17"),
                  reprocessed.isEmpty() ? null : reprocessed,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      assertTrue(compiled, () -> "compilation failed: " + diagnostics.getDiagnostics());
    }
    return new Build(classes, readAll(generated));
  }

  private static Map<String, String> readAll(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  /** Deletes the class file of a type, and those of its nested types. */
  private static void deleteClassesOf(Path classes, String typePath) throws IOException {
    Path folder = classes.resolve(typePath).getParent();
    String simpleName = classes.resolve(typePath).getFileName().toString();
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.equals(simpleName + ".class") || name.startsWith(simpleName + "$")) {
          Files.delete(file);
        }
      }
    }
  }

  private static List<Path> sourcesUnder(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return to;
  }
}
