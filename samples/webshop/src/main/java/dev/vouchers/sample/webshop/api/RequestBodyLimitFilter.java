// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serial;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the size of API request bodies. A body that announces a larger {@code Content-Length}
 * is answered 413 at once, without reading a byte of it; a body of unknown length (chunked) is
 * counted as it is read, and reading past the limit fails with {@link BodyTooLargeException},
 * which the API's exception handler answers with 413. Either way no handler sees more than the
 * limit, and nothing is stored.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {
  private final long limit;
  private final JsonMapper json;

  RequestBodyLimitFilter(long limit, JsonMapper json) {
    this.limit = limit;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long announced = request.getContentLengthLong();
    if (announced > limit) {
      // the client may still be sending: tell it the connection ends with this answer
      response.setHeader("Connection", "close");
      Problems.write(Problems.tooLarge(limit), request, response, json);
      return;
    }
    chain.doFilter(announced < 0 ? new Counted(request, limit) : request, response);
  }

  /** Reading a request body past the API's limit. */
  static final class BodyTooLargeException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The most bytes a body may have. */
    private final long limit;

    BodyTooLargeException(long limit) {
      super("the request body is larger than " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  /** A request whose body fails once more than the limit was read. */
  private static final class Counted extends HttpServletRequestWrapper {
    private final long limit;
    private @Nullable ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream counting = stream;
      if (counting == null) {
        counting = new CountingStream(super.getInputStream(), limit);
        stream = counting;
      }
      return counting;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** Counts the bytes read and fails past the limit. */
  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long count;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLargeException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
