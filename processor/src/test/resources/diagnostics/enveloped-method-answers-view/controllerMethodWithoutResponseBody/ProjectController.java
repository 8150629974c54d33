package com.example;

import dev.envelopes.Enveloped;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/projects")
public class ProjectController {

  @GetMapping("/{id}")
  @Enveloped
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }
}
