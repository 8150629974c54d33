package dev.envelopes.processor.write.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which Spring Boot the glue is written for, from the error controller the classpath has. */
class SpringBootChoiceTest {

  private static final String BOOT_4 = "org.springframework.boot.webmvc.error.ErrorController";
  private static final String BOOT_3 = "org.springframework.boot.web.servlet.error.ErrorController";

  @Test
  void boot4sErrorControllerMeansBoot4() {
    assertEquals(SpringBoot.BOOT_4, SpringBoot.of(Set.of(BOOT_4)::contains));
    assertEquals(BOOT_4, SpringBoot.BOOT_4.errorController().canonicalName());
  }

  @Test
  void boot3sErrorControllerAloneMeansBoot3() {
    assertEquals(SpringBoot.BOOT_3, SpringBoot.of(Set.of(BOOT_3)::contains));
    assertEquals(BOOT_3, SpringBoot.BOOT_3.errorController().canonicalName());
  }

  @Test
  void bothOrNeitherMeanBoot4() {
    assertEquals(SpringBoot.BOOT_4, SpringBoot.of(Set.of(BOOT_4, BOOT_3)::contains));
    assertEquals(SpringBoot.BOOT_4, SpringBoot.of(Set.<String>of()::contains));
  }
}
