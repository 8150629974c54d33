package dev.envelopes.bench.spring.api;

/**
 * The body of a request that adds an item.
 *
 * @param name what the item is called
 * @param owner who owns it
 */
public record NewItem(String name, String owner) {}
