package com.example.orders;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record NewOrder(@NotBlank String customer, @Min(1) int quantity) {}
