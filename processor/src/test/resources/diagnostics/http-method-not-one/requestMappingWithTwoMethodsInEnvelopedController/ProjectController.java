package com.example;

import dev.envelopes.Enveloped;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
@Enveloped
public class ProjectController {

  @RequestMapping(path = "/{id}", method = {RequestMethod.GET, RequestMethod.POST})
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }
}
