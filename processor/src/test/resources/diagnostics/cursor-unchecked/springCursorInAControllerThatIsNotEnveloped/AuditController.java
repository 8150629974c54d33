package com.example;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditController {

  @GetMapping("/projects/{id}")
  @Enveloped
  public Project get(@PathVariable long id) {
    return new Project(id, "Apollo");
  }

  @GetMapping("/audit")
  public List<String> list(@RequestParam(name = "cursor") Cursor cursor) {
    return List.of();
  }
}
