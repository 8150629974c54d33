package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.VendorOptions;
import dev.envelopes.processor.write.Javadocs;
import java.util.ArrayList;
import java.util.List;

/** Renders the vendor answer of one method, {@code {data, <included>, request_id}}. */
public final class VendorRecordWriter {

  private static final ClassName STRING = ClassName.get(String.class);

  private VendorRecordWriter() {}

  /** The record of the method's answer. */
  static TypeSpec record(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    List<JsonRecords.Key> keys = new ArrayList<>();
    keys.add(
        JsonRecords.Key.payload(
            VendorConvention.SUCCESS.data(),
            "data",
            EnvelopeRecordsWriter.dataType(endpoint),
            EnvelopeRecordsWriter.dataDoc(
                endpoint,
                "the records of this page; a {@code Link} header points at the next",
                false)));
    for (VendorOptions.IncludeModel include : endpoint.vendorOptions().includes()) {
      keys.add(
          new JsonRecords.Key(
              include.name(),
              componentName(include.name()),
              EnvelopeRecordsWriter.listOf(include.type()),
              "the related " + include.name() + ", left out unless the request asked for them",
              true,
              true));
    }
    keys.add(
        new JsonRecords.Key(
            VendorConvention.SUCCESS.requestId(), "requestId", STRING, "the id of the request"));
    return JsonRecords.methodRecord(
            GeneratedNames.envelope(resource, endpoint),
            CodeBlock.of("The vendor answer of $L.", Javadocs.methodLink(resource, endpoint)),
            keys,
            resource,
            endpoint,
            shared)
        .build();
  }

  /** The record component of the related records under {@code key}: snake_case to camelCase. */
  public static String componentName(String key) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
