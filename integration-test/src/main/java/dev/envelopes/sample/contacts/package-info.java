/**
 * Contacts, answered in the bare style: every resource of this package answers without an envelope,
 * because the package chooses {@link dev.envelopes.Style#BARE}.
 */
@EnvelopeStyle(Style.BARE)
package dev.envelopes.sample.contacts;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
