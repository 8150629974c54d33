package dev.envelopes.bench.spring.runtime;

import dev.envelopes.bench.runtime.ApiResponse;
import dev.envelopes.bench.spring.api.ItemController;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The hand-written side's errors: an exception of the API's controllers answers the status, code
 * and message its {@link ExceptionMapper} declares, read by reflection as graceful-response reads
 * its own.
 */
@RestControllerAdvice(basePackageClasses = ItemController.class)
public class ApiErrorAdvice {

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ApiResponse<Void>> failed(RuntimeException exception) {
    ExceptionMapper declared = exception.getClass().getAnnotation(ExceptionMapper.class);
    HttpStatus status =
        declared == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(declared.status());
    String message = declared == null ? status.getReasonPhrase() : declared.message();
    int code = declared == null ? status.value() : declared.code();
    String detail =
        declared == null
            ? "The server could not complete the request; the failure has been logged."
            : exception.getMessage();
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ApiResponse<>(
                false,
                code,
                message,
                status.value(),
                status.getReasonPhrase(),
                List.of(detail),
                null,
                null,
                null));
  }
}
