package dev.envelopes.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Real HTTP requests to the server under test, and the exact bytes it answered. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final URI base;

  Http(int port) {
    this.base = URI.create("http://localhost:" + port);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null, "application/json", List.of());
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, json, "application/json", List.of());
  }

  HttpResponse<String> send(
      String method, String path, String body, String contentType, List<String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code json} without the whitespace between its tokens: the bytes Jackson writes, so that an
   * answer is compared exactly, key order included.
   */
  static String compact(String json) {
    StringBuilder compact = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        compact.append(c);
        if (c == '\\') {
          compact.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        compact.append(c);
      } else if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }
}
