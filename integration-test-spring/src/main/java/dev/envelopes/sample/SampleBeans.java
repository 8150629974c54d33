package dev.envelopes.sample;

import dev.envelopes.sample.contacts.ContactBook;
import dev.envelopes.sample.flow.Workspace;
import dev.envelopes.sample.library.Library;
import dev.envelopes.sample.notes.Notebook;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the controllers are handed, seeded as the Jersey sample seeds them. In the sample's package,
 * because the report service is the sample's own.
 */
@Configuration(proxyBeanMethods = false)
class SampleBeans {

  /** What the store dates exports by; a test that starts the sample brings a clock of its own. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  SampleStore store(Clock clock) {
    SampleStore store = new SampleStore(clock);
    SampleSeed.seed(store);
    return store;
  }

  @Bean
  ReportService reports() {
    return new ReportService(ReportService.SAMPLE_DATABASE);
  }

  @Bean
  ContactBook contacts() {
    return ContactBook.seeded();
  }

  @Bean
  Notebook notes() {
    return Notebook.seeded();
  }

  @Bean
  Workspace workspace() {
    return Workspace.seeded();
  }

  @Bean
  Library library() {
    return Library.seeded();
  }
}
