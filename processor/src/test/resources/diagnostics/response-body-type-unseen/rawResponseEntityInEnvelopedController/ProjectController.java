package com.example;

import dev.envelopes.Enveloped;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
@Enveloped
public class ProjectController {

  @GetMapping("/{id}")
  @SuppressWarnings("rawtypes")
  public ResponseEntity get(@PathVariable long id) {
    return ResponseEntity.ok(new Project(id, "Apollo"));
  }
}
