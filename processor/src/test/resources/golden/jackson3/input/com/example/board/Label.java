package com.example.board;

public record Label(String name, boolean pinned) {}
