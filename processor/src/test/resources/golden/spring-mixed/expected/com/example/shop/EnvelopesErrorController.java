package com.example.shop;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import javax.annotation.processing.Generated;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors no handler method answered, which the servlet container sends to Spring Boot's
 * error path ({@code server.error.path}, {@code /error} by default): an exception of a servlet
 * filter, a {@code sendError}. It takes the place of Boot's {@code BasicErrorController} and answers
 * in the style of the path that failed. The container logged the exception, if there was one; this
 * logs nothing more, and shows nothing of it.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@RestController
public final class EnvelopesErrorController implements ErrorController {
    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        // A request for the error path itself, not sent by the container, matches no resource.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status == 500) {
            return switch (EnvelopesEndpoints.styleOfPath(pathOf(request))) {
                case BARE -> BareResponses.internalError();
                default -> MetaResponses.internalError();
            };
        }
        return switch (EnvelopesEndpoints.styleOfPath(pathOf(request))) {
            case BARE -> BareResponses.fromFramework(HttpStatusCode.valueOf(status), HttpHeaders.EMPTY);
            default -> MetaResponses.fromFramework(HttpStatusCode.valueOf(status), HttpHeaders.EMPTY);
        };
    }

    /**
     * The path, relative to the application, of the request that failed: the error path's own for
     * a request of it.
     */
    private static String pathOf(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ?
                failed : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
