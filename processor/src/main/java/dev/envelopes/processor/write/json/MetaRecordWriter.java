package dev.envelopes.processor.write.json;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.CreatedIds;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.RuntimeTypes;

/** Renders the meta envelope of one method's answer, its nine keys typed to what it returns. */
public final class MetaRecordWriter {

  private static final String ON_SUCCESS = "on success";

  private MetaRecordWriter() {}

  /**
   * The values of a successful answer's {@code data}, {@code count} and {@code pagination}, as an
   * endpoint has them in {@code data}, {@code page} and {@code pagination}: {@code count} is the
   * total of a page (a {@code long}), the size of a collection or array (an {@code int}), and
   * {@code null} for a single value.
   */
  public static CodeBlock dataCountAndPagination(EndpointPlan plan) {
    return switch (plan.result()) {
      case NO_DATA -> CodeBlock.of("null, null, null");
      case MULTIPLE ->
          CodeBlock.of(
              "data, data.$L, null",
              ((ReturnShape.Multiple) plan.endpoint().returns()).array() ? "length" : "size()");
      case PAGE -> CodeBlock.of("data, page.total(), pagination");
      default -> CodeBlock.of("data, null, null");
    };
  }

  /** The record of the method's answer. */
  static TypeSpec record(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    return EnvelopeRecordWriter.renderForMethod(
        shapeOf(resource, endpoint), resource, endpoint, shared);
  }

  /** What each key of the method's envelope holds. */
  private static EnvelopeRecordWriter.Shape shapeOf(
      ResourceModel resource, EndpointModel endpoint) {
    EnvelopeRecordWriter.Slot noCount =
        EnvelopeRecordWriter.Slot.alwaysNull("for an answer that is not a collection");
    EnvelopeRecordWriter.Slot noPagination =
        EnvelopeRecordWriter.Slot.alwaysNull("for an answer that is not paged");
    EnvelopeRecordWriter.Slot data;
    EnvelopeRecordWriter.Slot count = noCount;
    EnvelopeRecordWriter.Slot pagination = noPagination;
    String what;
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
      data = EnvelopeRecordWriter.Slot.alwaysNull("for a method that answers no data");
      what = "no data";
    } else if (returns instanceof ReturnShape.Single single && CreatedIds.creates(endpoint)) {
      data = new EnvelopeRecordWriter.Slot(single.type(), "the id of the created resource");
      what = "the id of the resource it created";
    } else if (returns instanceof ReturnShape.Single single) {
      data =
          new EnvelopeRecordWriter.Slot(
              single.type(),
              single.optional()
                  ? "what the method returned, or {@code null} when it returned none"
                  : "what the method returned");
      what = "what it returned";
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      data = new EnvelopeRecordWriter.Slot(multiple.type(), "the records the method returned");
      // A collection or an array never holds more than Integer.MAX_VALUE records: its size is an
      // int, and a long would make the record 8 bytes larger than it needs to be.
      count = new EnvelopeRecordWriter.Slot(TypeName.INT, "the number of records in {@code data}");
      what = "the records it returned";
    } else {
      ReturnShape.Paged paged = (ReturnShape.Paged) returns;
      data =
          new EnvelopeRecordWriter.Slot(
              EnvelopeRecordsWriter.listOf(paged.itemType()), "the records of this page");
      count =
          new EnvelopeRecordWriter.Slot(
              TypeName.LONG, "the total number of records, the same on every page");
      pagination =
          new EnvelopeRecordWriter.Slot(
              RuntimeTypes.PAGE_LINKS, "links to the next and the previous page");
      what = "one page of its records";
    }
    return new EnvelopeRecordWriter.Shape(
        GeneratedNames.envelope(resource, endpoint),
        CodeBlock.of(
            "The meta envelope of the answer of $L: $L.",
            Javadocs.methodLink(resource, endpoint),
            what),
        true,
        EnvelopeRecordWriter.Slot.alwaysNull(ON_SUCCESS),
        data,
        count,
        pagination);
  }
}
