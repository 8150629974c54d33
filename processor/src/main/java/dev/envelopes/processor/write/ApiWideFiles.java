package dev.envelopes.processor.write;

import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.write.json.ConventionRecords;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Where a binding writes the API-wide sources of one {@link ApiPlan}: in the API's package, each
 * from every user element the API depends on, so that an incremental build writes them again
 * whenever one changes; with each convention's {@link ConventionRecords}, the same in every
 * binding.
 */
public final class ApiWideFiles {

  private final SourceFiles files;
  private final String apiPackage;
  private final List<Element> origins;
  private final ConventionRecords records;

  public ApiWideFiles(SourceFiles files, ApiPlan plan) {
    this.files = files;
    this.apiPackage = plan.apiPackage();
    this.origins = SourceFiles.originsOf(plan.api());
    this.records = new ConventionRecords(plan);
  }

  /** Every user element the API-wide sources depend on. */
  public List<Element> origins() {
    return origins;
  }

  /** Writes {@code type} into the API's package. */
  public void write(TypeSpec type) {
    files.write(apiPackage, type, origins);
  }

  /** Writes {@code types} into the API's package. */
  public void writeAll(List<TypeSpec> types) {
    types.forEach(this::write);
  }

  /** Writes the records of {@code convention}'s errors and pages. */
  public void writeRecords(Convention convention) {
    writeAll(convention.accept(records));
  }
}
