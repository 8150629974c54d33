package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import java.util.Optional;

/**
 * The API-wide classes an endpoint's filters call in its convention.
 *
 * @param responses the class that puts an answer on the response
 * @param paging the class that reads a page request and links pages
 * @param queries the class that checks a request's query before the method runs, in a convention
 *     that checks it
 */
record ConventionClasses(ClassName responses, ClassName paging, Optional<ClassName> queries) {

  /** Those of {@code convention} in the API {@code names} belongs to. */
  static ConventionClasses of(Convention convention, GeneratedNames names) {
    return convention.accept(
        new Convention.Visitor<ConventionClasses>() {
          @Override
          public ConventionClasses meta(MetaConvention meta) {
            return new ConventionClasses(names.responses(), names.paging(), Optional.empty());
          }

          @Override
          public ConventionClasses bare(BareConvention bare) {
            return new ConventionClasses(
                names.bareResponses(), names.barePaging(), Optional.empty());
          }

          @Override
          public ConventionClasses status(StatusConvention status) {
            return new ConventionClasses(
                names.statusResponses(), names.statusPaging(), Optional.empty());
          }

          @Override
          public ConventionClasses vendor(VendorConvention vendor) {
            return new ConventionClasses(
                names.vendorResponses(), names.vendorPaging(), Optional.of(names.vendorQueries()));
          }
        });
  }
}
