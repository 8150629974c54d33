package com.example.board;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Label(String name, boolean pinned, Color color) {
  public enum Color { RED, @JsonProperty("dark-green") DARK_GREEN }
}
