package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import java.util.function.Predicate;
import javax.lang.model.util.Elements;

/**
 * The Spring Boot the generated glue compiles against, decided once per compilation from the
 * classpath, as the Jackson is: Boot 4 moved the error controller the glue implements to another
 * package. Everything else the glue names is the same in Boot 4 and Boot 3.5.
 */
public enum SpringBoot {
  /** Spring Boot 4: {@code org.springframework.boot.webmvc.error.ErrorController}. */
  BOOT_4("org.springframework.boot.webmvc.error"),
  /** Spring Boot 3.5: {@code org.springframework.boot.web.servlet.error.ErrorController}. */
  BOOT_3("org.springframework.boot.web.servlet.error");

  private final String errorPackage;

  SpringBoot(String errorPackage) {
    this.errorPackage = errorPackage;
  }

  /** The Spring Boot on the compile classpath of {@code elements}. */
  public static SpringBoot of(Elements elements) {
    return of(name -> elements.getTypeElement(name) != null);
  }

  /**
   * The Spring Boot whose error controller is present: Boot 3.5's when only it is there, else Boot
   * 4's (also when neither is, so that the compiler names the missing Boot 4 type).
   */
  static SpringBoot of(Predicate<String> present) {
    return !present.test(BOOT_4.errorController().canonicalName())
            && present.test(BOOT_3.errorController().canonicalName())
        ? BOOT_3
        : BOOT_4;
  }

  /** The interface Boot's own error controller gives way to. */
  ClassName errorController() {
    return ClassName.get(errorPackage, "ErrorController");
  }
}
