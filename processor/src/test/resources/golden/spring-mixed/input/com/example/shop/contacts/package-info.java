/** The address book: every controller here answers in the bare style. */
@EnvelopeStyle(Style.BARE)
package com.example.shop.contacts;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
