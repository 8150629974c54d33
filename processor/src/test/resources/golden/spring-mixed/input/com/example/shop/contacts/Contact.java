package com.example.shop.contacts;

/**
 * A contact of the address book, camelCase on the wire as the bare style asks.
 *
 * @param id the contact's id
 * @param fullName the contact's name
 * @param email where to write to
 */
public record Contact(long id, String fullName, String email) {}
