package com.example.contacts;

import dev.envelopes.EnvelopeApi;

/**
 * The address book's API: in its package's bare style, which requests that reach no handler
 * method answer in too, so that the whole API answers in one style.
 */
@EnvelopeApi
public class ContactsApi {}
