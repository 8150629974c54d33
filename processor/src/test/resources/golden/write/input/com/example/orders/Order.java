package com.example.orders;

import java.util.UUID;

public record Order(UUID id, String customer, int quantity) {}
