package com.example;

public record Project(long id, String name) {}
