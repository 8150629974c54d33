package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
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
 * binding. It writes only the types its binding lists in {@link Binding#apiWideTypes}, whose names
 * the validator checked.
 */
public final class ApiWideFiles {

  private final SourceFiles files;
  private final String apiPackage;
  private final List<Element> origins;
  private final ConventionRecords records;
  private final List<ClassName> listed;

  public ApiWideFiles(SourceFiles files, ApiPlan plan, Binding binding) {
    this.files = files;
    this.listed = binding.apiWideTypes(plan.names());
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
    if (!listed.contains(ClassName.get(apiPackage, type.name()))) {
      throw new IllegalStateException(
          type.name() + " is not among the binding's apiWideTypes, so nobody checked its name");
    }
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
