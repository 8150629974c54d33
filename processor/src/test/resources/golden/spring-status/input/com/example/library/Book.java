package com.example.library;

import jakarta.validation.constraints.NotBlank;

public record Book(long id, @NotBlank String title) {}
