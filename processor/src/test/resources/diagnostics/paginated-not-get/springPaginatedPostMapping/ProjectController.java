package com.example;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Enveloped
public class ProjectController {

  @PostMapping("/projects/search")
  @Paginated
  public Page<Project> search(
      @RequestParam(name = "offset", defaultValue = "0") long offset,
      @RequestParam(name = "limit", defaultValue = "25") int limit) {
    return new Page<>(List.of(), 0);
  }
}
