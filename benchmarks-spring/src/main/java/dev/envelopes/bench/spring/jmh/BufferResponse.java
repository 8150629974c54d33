package dev.envelopes.bench.spring.jmh;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.util.Arrays;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A response that keeps its status and headers as Spring's mock does, and writes its body into a
 * byte array it reuses, in bulk: the mock's own stream takes a write of many bytes one byte at a
 * time, flushing after each, which would measure the mock rather than the JSON written into it.
 */
final class BufferResponse extends MockHttpServletResponse {

  private final Buffer body = new Buffer();

  @Override
  public ServletOutputStream getOutputStream() {
    return body;
  }

  /** Empties the body and forgets the status and headers, for the next run. */
  void clear() {
    setCommitted(false);
    reset();
    body.count = 0;
  }

  /** The bytes written since the last {@link #clear()}. */
  byte[] body() {
    return Arrays.copyOf(body.bytes, body.count);
  }

  /** How many bytes were written since the last {@link #clear()}. */
  int bodyLength() {
    return body.count;
  }

  private static final class Buffer extends ServletOutputStream {

    private byte[] bytes = new byte[8192];
    private int count;

    @Override
    public void write(int b) {
      ensure(1);
      bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
      ensure(length);
      System.arraycopy(source, offset, bytes, count, length);
      count += length;
    }

    private void ensure(int more) {
      if (count + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("blocking writes only");
    }
  }
}
