package dev.envelopes.sample.library;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The authors' API as a team would share it between controller and client: its paths, HTTP methods
 * and parameters are declared here, and {@link AuthorController} implements it, as Spring MVC lets
 * a controller inherit its mappings from an interface; as {@code AuthorApi}.
 */
public interface AuthorMappings {

  @GetMapping
  List<Author> list(@RequestParam(defaultValue = "") String name);

  @GetMapping("/{id}")
  Author get(@PathVariable long id);
}
