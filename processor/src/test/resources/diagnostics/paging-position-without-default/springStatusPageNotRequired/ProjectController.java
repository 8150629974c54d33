package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class ProjectController {

  @GetMapping
  @Paginated
  public Page<Project> list(
      @RequestParam(name = "page", required = false) long page,
      @RequestParam(name = "per_page", defaultValue = "25") int perPage) {
    return new Page<>(List.of(), 0);
  }
}
