package com.example;

import dev.envelopes.Enveloped;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProjectController {

  @GetMapping("/projects/{id}")
  @Enveloped
  public ResponseEntity<?> get(@PathVariable long id) {
    return ResponseEntity.ok(new Project(id, "Apollo"));
  }
}
