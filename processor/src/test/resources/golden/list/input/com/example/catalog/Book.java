package com.example.catalog;

public record Book(String isbn, String title, int year) {}
