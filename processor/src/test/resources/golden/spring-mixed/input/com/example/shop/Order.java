package com.example.shop;

/**
 * An order of the shop, in the meta envelope.
 *
 * @param id the order's id
 * @param item what was ordered
 */
public record Order(long id, String item) {}
