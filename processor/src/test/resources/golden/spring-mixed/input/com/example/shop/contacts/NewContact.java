package com.example.shop.contacts;

import jakarta.validation.constraints.NotBlank;

/**
 * The body of a request that adds or changes a contact.
 *
 * @param fullName the contact's name
 * @param email where to write to
 */
public record NewContact(@NotBlank String fullName, @NotBlank String email) {}
