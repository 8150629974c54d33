package dev.envelopes.bench.spring.server;

import dev.envelopes.bench.spring.api.EnvelopesConfiguration;
import dev.envelopes.bench.spring.api.ItemController;
import dev.envelopes.bench.spring.runtime.ApiErrorAdvice;
import dev.envelopes.bench.spring.runtime.ApiResponseAdvice;
import dev.envelopes.bench.spring.runtime.NoSniffFilter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The runtime side: the API's controller, wrapped by the hand-written advice, and without the glue
 * Envelopes generated (its auto-configuration is excluded), as a Spring Boot application of its
 * own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = EnvelopesConfiguration.class)
@Import({ItemController.class, ApiResponseAdvice.class, ApiErrorAdvice.class})
public class RuntimeApplication {

  @Bean
  FilterRegistrationBean<NoSniffFilter> noSniff() {
    FilterRegistrationBean<NoSniffFilter> registration =
        new FilterRegistrationBean<>(new NoSniffFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
