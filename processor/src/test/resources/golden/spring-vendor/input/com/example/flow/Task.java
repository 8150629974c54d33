package com.example.flow;

import java.time.LocalDate;

public record Task(long id, String name, LocalDate dueOn) {}
