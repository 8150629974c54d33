package dev.envelopes.processor.model;

import dev.envelopes.Style;
import java.util.List;
import java.util.Optional;

/**
 * The {@code @EnvelopeApi} type and the code table it declares.
 *
 * @param packageName the package the API-wide sources are written into
 * @param responseCodes the {@code @ResponseCode} rows, in declaration order
 * @param style the style of errors that reach no resource method
 * @param vendor its {@code @VendorConvention}, if it has one
 * @param origin the {@code @EnvelopeApi} annotation
 */
public record ApiDeclaration(
    String packageName,
    List<ResponseCodeRow> responseCodes,
    Style style,
    Optional<VendorDeclaration> vendor,
    Origin origin) {}
