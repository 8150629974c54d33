package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.CreatedIds;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.write.Javadocs;
import java.util.List;
import java.util.Optional;

/**
 * Renders the bare answer of one method where the style has a record for it: an id, a page, and a
 * value or a list that Jackson writes, which is written as the value itself, with no envelope.
 */
public final class BareRecordWriter {

  private BareRecordWriter() {}

  /**
   * The record of the method's answer: {@code {"id": ...}}, a page, or a value or a list written as
   * itself; empty for other methods.
   */
  static Optional<TypeSpec> record(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    if (BareConvention.answersWithValueRecord(endpoint)) {
      return Optional.of(
          JsonRecords.valueRecord(
                  GeneratedNames.envelope(resource, endpoint),
                  CodeBlock.of(
                      """
The bare answer of $L: what it returned, whose JSON is the value itself, with \
no envelope, as the bare style answers a value or a list.\
""",
                      Javadocs.methodLink(resource, endpoint)),
                  JsonRecords.Key.payload(
                      "data",
                      "data",
                      EnvelopeRecordsWriter.dataType(endpoint),
                      "what the method returned"),
                  resource,
                  endpoint,
                  shared)
              .build());
    }
    if (endpoint.returns() instanceof ReturnShape.Single single && CreatedIds.creates(endpoint)) {
      return Optional.of(
          record(
              resource,
              endpoint,
              shared,
              "the id of the resource it created",
              List.of(
                  JsonRecords.Key.payload(
                      BareConvention.ID, "id", single.type(), "the new resource's id"))));
    }
    if (endpoint.returns() instanceof ReturnShape.Paged paged) {
      BareConvention.PageKeys pageKeys = BareConvention.PAGE;
      return Optional.of(
          record(
              resource,
              endpoint,
              shared,
              "one page of its records",
              List.of(
                  new JsonRecords.Key(
                      pageKeys.cursor(),
                      "cursor",
                      ClassName.get(String.class),
                      "the opaque cursor of the next page, or {@code null} on the last page"),
                  new JsonRecords.Key(
                      pageKeys.count(),
                      "count",
                      TypeName.INT,
                      "the number of records on this page"),
                  new JsonRecords.Key(
                      pageKeys.totalRecordCount(),
                      "totalRecordCount",
                      TypeName.LONG,
                      "the number of records on all pages"),
                  new JsonRecords.Key(
                      pageKeys.hasMoreRecords(),
                      "hasMoreRecords",
                      TypeName.BOOLEAN,
                      "whether a next page follows"),
                  JsonRecords.Key.payload(
                      pageKeys.data(),
                      "data",
                      EnvelopeRecordsWriter.listOf(paged.itemType()),
                      "the records of this page"))));
    }
    return Optional.empty();
  }

  /** The record of the method's answer, which is {@code what}, with {@code keys}. */
  private static TypeSpec record(
      ResourceModel resource,
      EndpointModel endpoint,
      ResourceJsonWriter shared,
      String what,
      List<JsonRecords.Key> keys) {
    return JsonRecords.methodRecord(
            GeneratedNames.envelope(resource, endpoint),
            CodeBlock.of(
                "The bare answer of $L: $L.", Javadocs.methodLink(resource, endpoint), what),
            keys,
            resource,
            endpoint,
            shared)
        .build();
  }
}
