package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.CreatedIds;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the record of each method's answer, in its convention. A record names nothing but the
 * resource class, the method's payload types and the libraries, so it is generated from the
 * resource class alone, whatever framework serves it.
 */
public final class EnvelopeRecordsWriter {

  private EnvelopeRecordsWriter() {}

  /**
   * The record of each method that has one, in the order of the methods, then the class their
   * serializers share when they share anything; a method whose answer no envelope can hold, or
   * whose name another method already took, has none. Their serializers write with {@code json}.
   */
  public static List<TypeSpec> records(ResourceModel resource, JsonLibrary json) {
    List<TypeSpec> records = new ArrayList<>();
    Set<String> names = new HashSet<>();
    ResourceJsonWriter shared = new ResourceJsonWriter(resource, JacksonApi.of(json));
    for (EndpointModel endpoint : resource.endpoints()) {
      if (canHoldAnswerOf(endpoint) && names.add(endpoint.name())) {
        Conventions.of(endpoint.style())
            .accept(new RecordOfAnswer(resource, endpoint, shared))
            .ifPresent(records::add);
      }
    }
    shared.render().ifPresent(records::add);
    return records;
  }

  /** The record of one method's answer in each convention; empty where it answers without one. */
  private record RecordOfAnswer(
      ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared)
      implements Convention.Visitor<Optional<TypeSpec>> {

    @Override
    public Optional<TypeSpec> meta(MetaConvention meta) {
      return Optional.of(MetaRecordWriter.record(resource, endpoint, shared));
    }

    @Override
    public Optional<TypeSpec> bare(BareConvention bare) {
      return BareRecordWriter.record(resource, endpoint, shared);
    }

    @Override
    public Optional<TypeSpec> status(StatusConvention status) {
      return Optional.of(StatusRecordWriter.record(resource, endpoint, shared));
    }

    @Override
    public Optional<TypeSpec> vendor(VendorConvention vendor) {
      return Optional.of(VendorRecordWriter.record(resource, endpoint, shared));
    }
  }

  /** Whether an envelope can hold what the method returns; the validator reports the others. */
  private static boolean canHoldAnswerOf(EndpointModel endpoint) {
    ReturnShape returns = endpoint.returns();
    return endpoint.httpMethod().isPresent()
        && endpoint.hiddenPayload().isEmpty()
        && VendorConvention.includesHaveKeysOfTheirOwn(
            endpoint.vendorOptions().includes().stream().map(include -> include.name()).toList())
        && !(returns instanceof ReturnShape.Unwrappable)
        && !(returns instanceof ReturnShape.Generic)
        && !(returns instanceof ReturnShape.RawPage);
  }

  /** The type of {@code data} in a convention that answers the method's value under that key. */
  static TypeName dataType(EndpointModel endpoint) {
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.Single single) {
      return single.type();
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      return multiple.type();
    } else if (returns instanceof ReturnShape.Paged paged) {
      return listOf(paged.itemType());
    }
    return ClassName.get(Void.class);
  }

  /**
   * The javadoc of {@code data} in a convention that answers the method's value under that key:
   * {@code pageDoc} for a page's records, and where {@code saysOptional} what an absent optional
   * value answers.
   */
  static String dataDoc(EndpointModel endpoint, String pageDoc, boolean saysOptional) {
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
      return "always {@code null}: the method answers no data";
    } else if (returns instanceof ReturnShape.Paged) {
      return pageDoc;
    } else if (CreatedIds.creates(endpoint)) {
      return "the id of the created resource";
    } else if (saysOptional && returns instanceof ReturnShape.Single single && single.optional()) {
      return "what the method returned, or {@code null} when it returned none";
    }
    return "what the method returned";
  }

  static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }
}
