package dev.envelopes.bench.items;

/** The small record every benchmark answers: alone, in a list of 25, or on a page of 300. */
public record Item(long id, String name, String owner, boolean done, int priority) {}
