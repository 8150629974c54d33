package dev.envelopes.bench.sample;

import dev.envelopes.CursorKey;
import dev.envelopes.bench.runtime.ApiResponseFilter;
import dev.envelopes.bench.runtime.BareResponseFilter;
import dev.envelopes.bench.runtime.NoSniffFilter;
import dev.envelopes.bench.runtime.StatusResponseFilter;
import dev.envelopes.bench.runtime.VendorQueryFilter;
import dev.envelopes.bench.runtime.VendorRequestFilter;
import dev.envelopes.bench.runtime.VendorResponseFilter;
import dev.envelopes.sample.ProjectResource;
import dev.envelopes.sample.SampleApplication;
import dev.envelopes.sample.SampleJson;
import dev.envelopes.sample.TaskResource;
import dev.envelopes.sample.contacts.ContactResource;
import dev.envelopes.sample.flow.ListResource;
import dev.envelopes.sample.notes.NoteResource;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample API's GET endpoints implemented the usual runtime way, as an application of its own:
 * twins of the sample's resources, which call the sample's resource objects themselves (so both
 * sides answer the same records from the same stores) and write with the sample's JSON, wrapped by
 * the reflective runtime filters of each style, and the vendor API's rules in API-wide runtime
 * filters. None of Envelopes' generated code is registered here, and none of these filters in the
 * sample's application.
 */
public final class RuntimeSampleApplication extends ResourceConfig {

  /**
   * The runtime twin of {@code sample}, over the resource objects it registered, its cursors dated
   * by the sample's clock if it configures one.
   *
   * @param cursorKey the base64 of the key that signs cursors, the sample's own
   */
  public RuntimeSampleApplication(SampleApplication sample, String cursorKey) {
    property(CursorKey.PROPERTY, cursorKey);
    Object clock = sample.getProperties().get(CursorKey.CLOCK_PROPERTY);
    if (clock != null) {
      property(CursorKey.CLOCK_PROPERTY, clock);
    }
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
    register(SampleJson.class);
    register(VendorRequestFilter.class);
    register(VendorQueryFilter.class);
    register(ApiResponseFilter.class);
    register(BareResponseFilter.class);
    register(StatusResponseFilter.class);
    register(VendorResponseFilter.class);
    register(NoSniffFilter.class);
    registerInstances(
        new RuntimeProjects(resource(sample, ProjectResource.class)),
        new RuntimeTasks(resource(sample, TaskResource.class)),
        new RuntimeContacts(resource(sample, ContactResource.class)),
        new RuntimeNotes(resource(sample, NoteResource.class)),
        new RuntimeLists(resource(sample, ListResource.class)));
  }

  private static <T> T resource(SampleApplication sample, Class<T> type) {
    return sample.getSingletons().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the sample registers no " + type));
  }
}
