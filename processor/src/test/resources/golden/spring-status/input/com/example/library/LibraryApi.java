package com.example.library;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.EnvelopeStyle;
import dev.envelopes.MapException;
import dev.envelopes.Style;

/** The API answers in the status envelope, requests that reach no handler method included. */
@EnvelopeApi
@EnvelopeStyle(Style.STATUS)
@MapException(value = UnsupportedOperationException.class, status = 503)
public class LibraryApi {}
