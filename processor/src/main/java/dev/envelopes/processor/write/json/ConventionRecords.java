package dev.envelopes.processor.write.json;

import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.plan.ApiPlan;
import java.util.List;

/**
 * The records each convention's errors and pages are written as, and the meta envelope's status
 * table: written once per API for every convention it answers in, the same whichever binding
 * renders the classes that build them.
 */
public final class ConventionRecords implements Convention.Visitor<List<TypeSpec>> {

  private final ApiPlan plan;
  private final GeneratedNames names;

  /** The Jackson the records' serializers write with. */
  private final JsonLibrary json;

  public ConventionRecords(ApiPlan plan) {
    this.plan = plan;
    this.names = plan.names();
    this.json = plan.api().libraries().json();
  }

  @Override
  public List<TypeSpec> meta(MetaConvention meta) {
    return List.of(
        StatusTableWriter.render(plan.statuses(), plan.api()),
        SharedRecordsWriter.errorEnvelope(names, json),
        SharedRecordsWriter.badRequestEnvelope(names, json),
        SharedRecordsWriter.fieldError(names, json));
  }

  @Override
  public List<TypeSpec> bare(BareConvention bare) {
    return List.of(SharedRecordsWriter.bareError(names, json));
  }

  @Override
  public List<TypeSpec> status(StatusConvention status) {
    return StatusSupportRecords.all(names, json);
  }

  @Override
  public List<TypeSpec> vendor(VendorConvention vendor) {
    return List.of(
        VendorErrorRecordsWriter.errorDetail(names, json),
        VendorErrorRecordsWriter.error(names, json));
  }
}
