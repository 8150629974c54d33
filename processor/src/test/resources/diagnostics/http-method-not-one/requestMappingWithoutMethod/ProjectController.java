package com.example;

import dev.envelopes.Enveloped;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
public class ProjectController {

  @RequestMapping("/{id}")
  @Enveloped
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }
}
