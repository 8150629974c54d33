package dev.envelopes.sample;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a parameter sent more than once to a single-valued {@code String} as Jakarta REST does, and
 * so as the Jersey sample does: the first value. Spring MVC joins the values with commas instead,
 * so {@code ?owner=a&owner=b} would look for a project owned by {@code "a,b"}. The sample's choice
 * of semantics, not Envelopes': the page links repeat every value as sent either way.
 */
@Configuration(proxyBeanMethods = false)
class FirstValueBinding implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(
        String[].class, String.class, values -> values.length == 0 ? null : values[0]);
  }
}
