package com.example.board;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record Card(long id, @JsonProperty("card_title") String title, Integer rank, List<Label> labels) {}
