package com.example.flow;

public record Account(long id, String name) {}
