package com.example;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
@Enveloped
public class ProjectController {

  @GetMapping
  @Paginated
  public Page<Project> list(
      @RequestParam(name = "offset", defaultValue = "0") long offset,
      @RequestParam("limit") int limit) {
    return new Page<>(List.of(), 0);
  }
}
