package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.StatusTable;
import java.util.List;

/**
 * The API-wide classes each convention's endpoints and errors call, written once per API for every
 * convention it answers in; and the filters of them that the feature registers.
 */
final class SupportFilesWriter implements Convention.Visitor<List<TypeSpec>> {

  private final ApiModel api;
  private final GeneratedNames names;
  private final StatusTable statuses;
  private final boolean mixed;

  SupportFilesWriter(ApiPlan plan) {
    this.api = plan.api();
    this.names = plan.names();
    this.statuses = plan.statuses();
    this.mixed = plan.versionFilterTakesVendorPathsOnly();
  }

  @Override
  public List<TypeSpec> meta(MetaConvention meta) {
    return List.of(ResponsesWriter.render(names, statuses), PagingWriter.render(names, statuses));
  }

  @Override
  public List<TypeSpec> bare(BareConvention bare) {
    return List.of(BareSupportWriter.responses(names), BareSupportWriter.paging(names));
  }

  @Override
  public List<TypeSpec> status(StatusConvention status) {
    return List.of(StatusSupportWriter.responses(names), StatusSupportWriter.paging(names));
  }

  @Override
  public List<TypeSpec> vendor(VendorConvention vendor) {
    VendorSupportWriter writer =
        new VendorSupportWriter(
            names, api.declaration().orElseThrow().vendor().orElseThrow(), mixed);
    return List.of(
        writer.responses(),
        writer.requests(),
        writer.requestIds(),
        writer.queries(),
        writer.paging());
  }

  /** The filters of {@code convention} that every request passes, which the feature registers. */
  static List<ClassName> requestFilters(Convention convention, GeneratedNames names) {
    return convention.accept(
        new Convention.Visitor<List<ClassName>>() {
          @Override
          public List<ClassName> meta(MetaConvention meta) {
            return List.of();
          }

          @Override
          public List<ClassName> bare(BareConvention bare) {
            return List.of();
          }

          @Override
          public List<ClassName> status(StatusConvention status) {
            return List.of();
          }

          @Override
          public List<ClassName> vendor(VendorConvention vendor) {
            return List.of(names.vendorRequests(), names.vendorRequestIds());
          }
        });
  }
}
