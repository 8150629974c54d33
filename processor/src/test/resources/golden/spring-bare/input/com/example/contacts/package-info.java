/** The address book: every controller here answers in the bare style. */
@EnvelopeStyle(Style.BARE)
package com.example.contacts;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
