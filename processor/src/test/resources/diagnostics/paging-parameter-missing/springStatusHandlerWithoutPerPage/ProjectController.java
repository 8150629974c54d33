package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@EnvelopeStyle(Style.STATUS)
public class ProjectController {

  @GetMapping("/projects")
  @Enveloped
  @Paginated
  public Page<Project> list(
      @RequestParam(name = "page", defaultValue = "1") long page,
      @RequestParam(name = "limit", defaultValue = "25") int limit) {
    return new Page<>(List.of(), 0);
  }
}
