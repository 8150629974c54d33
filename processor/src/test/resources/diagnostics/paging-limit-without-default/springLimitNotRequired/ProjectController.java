package com.example;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProjectController {

  @GetMapping("/projects")
  @Enveloped
  @Paginated
  public Page<Project> list(
      @RequestParam(name = "offset", defaultValue = "0") long offset,
      @RequestParam(name = "limit", required = false) int limit) {
    return new Page<>(List.of(), 0);
  }
}
