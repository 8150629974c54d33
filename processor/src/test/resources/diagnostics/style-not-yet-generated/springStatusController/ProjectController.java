package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class ProjectController {

  @GetMapping("/projects/{id}")
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }
}
