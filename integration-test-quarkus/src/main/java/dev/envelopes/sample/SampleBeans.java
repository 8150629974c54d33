package dev.envelopes.sample;

import dev.envelopes.sample.contacts.ContactBook;
import dev.envelopes.sample.flow.Workspace;
import dev.envelopes.sample.library.Library;
import dev.envelopes.sample.notes.Notebook;
import dev.envelopes.sample.quarkus.SampleClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * What {@link SampleApplication} hands its resources, as Quarkus's beans: Quarkus creates the
 * resources itself, through their constructors, from these. In the sample's package, because the
 * report service is the sample's own.
 */
@Singleton
public class SampleBeans {

  @Produces
  @Singleton
  SampleStore store() {
    SampleStore store = new SampleStore(SampleClock.INSTANCE);
    SampleSeed.seed(store);
    return store;
  }

  @Produces
  @Singleton
  ReportService reports() {
    return new ReportService(SampleApplication.REPORT_DATABASE);
  }

  @Produces
  @Singleton
  ContactBook contacts() {
    return ContactBook.seeded();
  }

  @Produces
  @Singleton
  Notebook notes() {
    return Notebook.seeded();
  }

  @Produces
  @Singleton
  Workspace workspace() {
    return Workspace.seeded();
  }

  @Produces
  @Singleton
  Library library() {
    return Library.seeded();
  }
}
