/**
 * Lists, answered as the Flow vendor API answers (version 2 of {@code application/vnd.flow}),
 * because the package chooses {@link dev.envelopes.Style#VENDOR}; the media type and the error
 * documentation are declared by {@code @VendorConvention} on the sample's API type.
 */
@EnvelopeStyle(Style.VENDOR)
package dev.envelopes.sample.flow;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
