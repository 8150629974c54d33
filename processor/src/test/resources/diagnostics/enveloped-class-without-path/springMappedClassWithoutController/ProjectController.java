package com.example;

import dev.envelopes.Enveloped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@RequestMapping("/projects")
@Enveloped
public class ProjectController {

  @GetMapping("/{id}")
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }
}
