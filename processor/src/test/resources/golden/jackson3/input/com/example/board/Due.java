package com.example.board;

import java.time.LocalDate;

public record Due(long cardId, LocalDate on) {}
