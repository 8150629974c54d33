package com.example.library;

public record Book(long id, String title) {}
