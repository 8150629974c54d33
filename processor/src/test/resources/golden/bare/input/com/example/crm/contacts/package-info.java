@EnvelopeStyle(Style.BARE)
package com.example.crm.contacts;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
