package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;

@EnvelopeStyle(Style.BARE)
public record Summary(long id, String name) {}
