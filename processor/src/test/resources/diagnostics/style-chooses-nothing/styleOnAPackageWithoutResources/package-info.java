@EnvelopeStyle(Style.BARE)
package com.example.audit;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
