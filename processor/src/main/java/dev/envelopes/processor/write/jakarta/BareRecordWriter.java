package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.convention.BareConvention;
import java.util.List;
import java.util.Optional;

/**
 * Renders the record of a method's answer in the bare style, where it has one: a created id, a
 * page.
 */
final class BareRecordWriter {

  private BareRecordWriter() {}

  /** The record of the method's answer: {@code {"id": ...}} or a page; empty for other methods. */
  static Optional<TypeSpec> record(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    ClassName name = GeneratedNames.envelope(resource, endpoint);
    if (endpoint.returns() instanceof ReturnShape.Single single && BareConvention.creates(endpoint)) {
      return Optional.of(
          JsonRecords.methodRecord(
                  name,
                  CodeBlock.of(
                      "The bare answer of $L: the id of the resource it created.",
                      Javadocs.methodLink(resource, endpoint)),
                  List.of(
                      JsonRecords.Key.payload("id", "id", single.type(), "the new resource's id")),
                  resource,
                  endpoint,
                  shared)
              .build());
    }
    if (endpoint.returns() instanceof ReturnShape.Paged paged) {
      return Optional.of(
          JsonRecords.methodRecord(
                  name,
                  CodeBlock.of(
                      "The bare answer of $L: one page of its records.",
                      Javadocs.methodLink(resource, endpoint)),
                  List.of(
                      new JsonRecords.Key(
                          "cursor",
                          "cursor",
                          ClassName.get(String.class),
                          "the opaque cursor of the next page, or {@code null} on the last page"),
                      new JsonRecords.Key(
                          "count", "count", TypeName.INT, "the number of records on this page"),
                      new JsonRecords.Key(
                          "totalRecordCount",
                          "totalRecordCount",
                          TypeName.LONG,
                          "the number of records on all pages"),
                      new JsonRecords.Key(
                          "hasMoreRecords",
                          "hasMoreRecords",
                          TypeName.BOOLEAN,
                          "whether a next page follows"),
                      JsonRecords.Key.payload(
                          "data", "data", listOf(paged.itemType()), "the records of this page")),
                  resource,
                  endpoint,
                  shared)
              .build());
    }
    return Optional.empty();
  }

  private static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }
}
