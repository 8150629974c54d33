package dev.envelopes.processor.model;

import dev.envelopes.Style;
import java.util.List;

/**
 * The {@code @EnvelopeApi} type and the code table it declares.
 *
 * @param packageName the package the API-wide sources are written into
 * @param responseCodes the {@code @ResponseCode} rows, in declaration order
 * @param style the style of errors that reach no resource method
 * @param origin the {@code @EnvelopeApi} annotation
 */
public record ApiDeclaration(
    String packageName, List<ResponseCodeRow> responseCodes, Style style, Origin origin) {}
