package com.example;

import dev.envelopes.Enveloped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
@Enveloped
public class ProjectController {

  @GetMapping
  public Project get() {
    return new Project(1, "Apollo");
  }
}
