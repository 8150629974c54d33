package com.example;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping(path = "/projects", produces = "application/json")
@Enveloped
public class ProjectController {

  @GetMapping("/{id:[0-9]+}")
  public Project get(
      @PathVariable long id,
      @RequestHeader(name = "X-Trace", required = false) String trace,
      @CookieValue(name = "session", defaultValue = "") String session,
      @RequestHeader HttpHeaders headers,
      Principal principal,
      WebRequest request,
      UriComponentsBuilder uris) {
    return new Project(id, "Apollo");
  }

  @GetMapping
  @Paginated
  public Page<Project> list(
      @RequestParam(name = "offset", defaultValue = "0") long offset,
      @RequestParam(value = "limit", defaultValue = "25") int limit,
      @RequestParam(required = false) String q) {
    return new Page<>(List.of(), 0);
  }

  @GetMapping("/search")
  public List<Project> search(String name) {
    return List.of();
  }

  @PostMapping
  public ResponseEntity<Project> create(@Valid @RequestBody Project project) {
    return ResponseEntity.status(201).body(project);
  }

  @PutMapping("/{id}")
  public CompletableFuture<Project> replace(
      @PathVariable long id, @Validated @RequestBody Project project) {
    return CompletableFuture.completedFuture(project);
  }

  @PatchMapping("/{id}")
  public void rename(@PathVariable long id, @RequestBody Project project) {}

  @DeleteMapping("/{id}")
  public CompletionStage<ResponseEntity<Void>> delete(@PathVariable long id) {
    return CompletableFuture.completedFuture(ResponseEntity.noContent().build());
  }

  @RequestMapping(path = "/{id}/archive", method = RequestMethod.POST)
  public Optional<Project> archive(@PathVariable long id) {
    return Optional.empty();
  }

  @GetMapping("/{id}/copy")
  public ResponseEntity<? extends Project> copy(@PathVariable long id) {
    return ResponseEntity.ok(new Project(id, "Apollo"));
  }
}
