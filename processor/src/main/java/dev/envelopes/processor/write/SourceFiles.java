package dev.envelopes.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ResourceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/** Writes generated types through the compiler's {@link Filer}, all in the same layout. */
public final class SourceFiles {

  /** The value of every {@code @Generated}: the processor, and no date, so output is repeatable. */
  public static final String GENERATOR = "dev.envelopes.processor.EnvelopesProcessor";

  /** The value of {@code @Generated} on the records of methods' answers. */
  public static final String RECORDS_GENERATOR = "dev.envelopes.processor.EnvelopeRecordsProcessor";

  private static final String JAVA_LANG = "java.lang";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private final Filer filer;
  private final Elements elements;

  /** Per package, whether it {@linkplain #hidesJavaLang hides} a {@code java.lang} class. */
  private final Map<String, Boolean> hidingJavaLang = new HashMap<>();

  public SourceFiles(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** The {@code @Generated} annotation every generated type carries. */
  public static AnnotationSpec generated() {
    return generated(GENERATOR);
  }

  /** {@code @Generated} naming {@code generator}. */
  public static AnnotationSpec generated(String generator) {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator).build();
  }

  /** Every user element the API-wide sources of {@code api} depend on. */
  public static List<Element> originsOf(ApiModel api) {
    List<Element> origins = new ArrayList<>();
    api.declaration().ifPresent(declaration -> origins.add(declaration.origin().element()));
    for (ResourceModel resource : api.resources()) {
      origins.add(resource.origin().element());
    }
    for (ErrorDeclaration error : api.errors()) {
      if (!origins.contains(error.origin().element())) {
        origins.add(error.origin().element());
      }
    }
    return origins;
  }

  /**
   * Writes {@code type} into {@code packageName}, recording the user's elements it was generated
   * from so that incremental builds know what to regenerate.
   */
  public void write(
      String packageName, TypeSpec type, List<? extends Element> originatingElements) {
    JavaFile file =
        JavaFile.builder(packageName, type)
            .indent("    ")
            .skipJavaLangImports(!hidesJavaLang(packageName))
            .build();
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    JavaFileObject source;
    try {
      source = filer.createSourceFile(name, originatingElements.toArray(new Element[0]));
    } catch (FilerException e) {
      // javac's Filer refuses a type that exists, in the sources or written in this compilation.
      throw new GeneratedNameClash(name, originatingElements, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
    try {
      // Rendered whole and then written at once: JavaPoet appends a file piece by piece, and each
      // append to the Filer's writer goes through its character encoder.
      // A lone surrogate, which UTF-8 cannot encode, as its escape: see JavaStrings.
      String text = JavaStrings.withLoneSurrogatesEscaped(file.toString());
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
  }

  /**
   * Whether a type of {@code packageName} has the simple name of a {@code java.lang} class, as a
   * user's {@code record System(int v)} beside the resource: in each file of the package the name
   * then means that type, not {@code java.lang}'s, and JavaPoet, which cannot see the package's other
   * types, writes {@code java.lang} classes by their simple names without an import. A file of
   * such a package imports the {@code java.lang} classes it uses, which hides the package's type
   * in it; JavaPoet writes in full a {@code java.lang} class whose name the file also uses for the
   * package's type. Any other file is as before.
   */
  private boolean hidesJavaLang(String packageName) {
    return hidingJavaLang.computeIfAbsent(
        packageName,
        name -> {
          PackageElement pkg = elements.getPackageElement(name);
          if (pkg == null || name.equals(JAVA_LANG)) {
            return false;
          }
          // Asked class by class: Eclipse's compiler lists no classes of java.lang itself.
          for (Element type : pkg.getEnclosedElements()) {
            TypeElement javaLang = elements.getTypeElement(JAVA_LANG + "." + type.getSimpleName());
            if (javaLang != null && javaLang.getModifiers().contains(Modifier.PUBLIC)) {
              return true;
            }
          }
          return false;
        });
  }
}
