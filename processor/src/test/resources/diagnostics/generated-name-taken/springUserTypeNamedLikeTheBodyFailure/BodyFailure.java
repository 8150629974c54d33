package com.example;

/** Why a request body was refused, as the team's own code reports it. */
public record BodyFailure(String reason) {}
