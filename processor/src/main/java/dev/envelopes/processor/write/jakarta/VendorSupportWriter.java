package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;

/**
 * Renders what every resource in the vendor style shares, through the writer of each: the builder
 * of answers, the filter that reads the requested version and the request id, the one that puts the
 * request id on errors, and the checks of query parameters and paging; its error bodies are {@code
 * ConventionRecords}'.
 *
 * @param mixed whether the API answers in other styles too, so that the filters take only the
 *     requests to vendor resources
 */
record VendorSupportWriter(GeneratedNames names, VendorDeclaration vendor, boolean mixed) {

  TypeSpec responses() {
    return new VendorResponsesWriter(names, vendor).render();
  }

  TypeSpec requests() {
    return new VendorRequestsWriter(names, vendor, mixed).render();
  }

  TypeSpec requestIds() {
    return new VendorRequestsWriter(names, vendor, mixed).requestIds();
  }

  TypeSpec queries() {
    return new VendorQueriesWriter(names).render();
  }

  TypeSpec paging() {
    return new VendorPagingWriter(names).render();
  }
}
