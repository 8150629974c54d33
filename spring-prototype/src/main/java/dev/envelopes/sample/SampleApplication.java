package dev.envelopes.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The user's application: nothing here names Envelopes. The generated {@link
 * EnvelopesConfiguration} joins it as an auto-configuration, listed in the {@code
 * META-INF/spring/...AutoConfiguration.imports} that the processor writes to the class output.
 */
@SpringBootApplication
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
