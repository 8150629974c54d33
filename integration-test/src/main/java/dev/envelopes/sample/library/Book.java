package dev.envelopes.sample.library;

/** A book on a shelf of the library. */
public record Book(long id, String title) {}
