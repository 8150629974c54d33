package dev.envelopes.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A controller of the user's that Envelopes does not envelope, and the user's own advice. */
@RestController
class PlainController {

  @GetMapping("/plain/unsupported")
  String unsupported() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The user's advice for the user's exception, with the default order. */
  @RestControllerAdvice
  static class UserAdvice {
    @ExceptionHandler(UnsupportedOperationException.class)
    ResponseEntity<String> unsupported(UnsupportedOperationException exception) {
      return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
          .contentType(MediaType.TEXT_PLAIN)
          .body("the user's own answer");
    }
  }
}
