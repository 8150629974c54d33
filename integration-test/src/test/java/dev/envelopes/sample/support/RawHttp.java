package dev.envelopes.sample.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests that {@code java.net.http} refuses to send, such as a
 * request target with {@code <>"{}} or a bad percent-escape in it, and for reading the response's
 * header lines byte for byte, before any client has cleaned them.
 */
public final class RawHttp {

  /**
   * One response as it came off the wire.
   *
   * @param status the status code
   * @param headerLines the header lines, each exactly as sent, decoded as ISO-8859-1
   * @param body the body, decoded as UTF-8
   */
  public record Answer(int status, List<String> headerLines, String body) {

    /** The values of a header, by its case-insensitive name, as sent. */
    public List<String> header(String name) {
      List<String> values = new ArrayList<>();
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : headerLines) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          values.add(line.substring(prefix.length()).strip());
        }
      }
      return values;
    }

    @Override
    public String toString() {
      return status + " " + headerLines + " " + body;
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code method target HTTP/1.1} to {@code base}'s host and port with {@code Host}, {@code
   * Accept: application/json}, {@code Connection: close} and, when {@code body} is not {@code
   * null}, a JSON body; the target is sent byte for byte as given.
   */
  public static Answer send(String base, String method, String target, String body) {
    URI server = URI.create(base);
    return send(base, method, target, body, "Host", server.getHost() + ":" + server.getPort());
  }

  /**
   * Sends a request as above with the header lines {@code headers}, given as name and value pairs,
   * and {@code Host} only as they give it.
   */
  public static Answer send(
      String base, String method, String target, String body, String... headers) {
    URI server = URI.create(base);
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("Accept: application/json\r\nConnection: close\r\n");
    if (body != null) {
      request.append("Content-Type: application/json\r\n");
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      Answer answer = read(socket.getInputStream());
      Contract.suite()
          .check(
              server.getScheme() + "://" + server.getRawAuthority(),
              method,
              pathOf(target),
              answer.status(),
              answer::header,
              answer.body(),
              answer::toString);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  /** The path of a request target as sent, without its query: what the contract matches. */
  private static String pathOf(String target) {
    int end = target.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = target.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return target.substring(0, end);
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String head = new String(all, StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no end of the header lines in " + head);
    }
    List<String> lines = new ArrayList<>(List.of(head.substring(0, end).split("\r\n", -1)));
    String statusLine = lines.remove(0);
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    boolean chunked =
        lines.stream().anyMatch(line -> line.equalsIgnoreCase("Transfer-encoding: chunked"));
    byte[] body = chunked ? dechunk(rest) : rest;
    return new Answer(status, lines, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * The content of a chunked body; fails, saying so, where the connection closed before the last
   * chunk: an answer cut short.
   */
  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = at;
      while (lineEnd < chunked.length && chunked[lineEnd] != '\r') {
        lineEnd++;
      }
      if (lineEnd == chunked.length) {
        throw cutShort(content);
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
      if (size == 0) {
        return content.toByteArray();
      }
      if (lineEnd + 2 + size > chunked.length) {
        throw cutShort(content);
      }
      content.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static IllegalStateException cutShort(ByteArrayOutputStream content) {
    return new IllegalStateException(
        "the answer was cut short: the connection closed before the chunked body's last chunk,"
            + " after "
            + content.toString(StandardCharsets.UTF_8));
  }
}
