package com.example;

/** What the web client receives for one project. */
public record ProjectResourceGetEnvelope(Project data) {}
