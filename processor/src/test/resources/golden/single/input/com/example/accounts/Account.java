package com.example.accounts;

public record Account(long id, String holder) {}
