// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, one connection per request ({@code Connection: close}), so
 * that a test can send what no HTTP client library lets through: a bad percent-encoding in the
 * path or query ({@code %zz}, {@code %%%}), raw control characters, an over-long request line,
 * header values with any bytes. The request target and headers are sent as UTF-8 bytes exactly
 * as given.
 */
public final class RawHttp {
  private static final int TIMEOUT_MILLIS = 20_000;

  private final int port;

  /**
   * A client of the server on localhost.
   *
   * @param port its port
   */
  public RawHttp(int port) {
    this.port = port;
  }

  /**
   * An answer as read from the wire.
   *
   * @param status the status code
   * @param headers the headers, names in lower case
   * @param body the body, de-chunked
   */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header, by its name in any case. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The Content-Type, or empty text. */
    public String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String text = text();
      return status + " " + contentType() + " "
          + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
    }
  }

  /**
   * Sends a request.
   *
   * @param method the method, as sent
   * @param target the request target (path and query), as sent
   * @param headers more headers, as sent (Host and Connection are added)
   * @param body the body, sent with Content-Length; none when null
   * @return the answer
   */
  public Answer send(String method, String target, Map<String, String> headers,
      byte @Nullable [] body) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n")
        .append("Connection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      request.writeBytes(body);
    }
    return sendRaw(request.toByteArray());
  }

  /**
   * Sends bytes as they are and reads the answer.
   *
   * @param request the whole request: request line, headers, blank line, body
   * @return the answer
   */
  public Answer sendRaw(byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (SocketException e) {
        // the server answered early (e.g. 413) and closed: read what it answered
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("no answer from localhost:" + port, e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException("no complete answer: " + new String(all, StandardCharsets.UTF_8));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    int status = Integer.parseInt(statusLine[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length),
          "\r\n".getBytes(StandardCharsets.US_ASCII));
      if (lineEnd < 0) {
        throw new IOException("truncated chunked body");
      }
      String size = new String(chunked, at, lineEnd, StandardCharsets.US_ASCII);
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon))
          .strip(), 16);
      at += lineEnd + 2;
      if (length == 0) {
        return body.toByteArray();
      }
      body.write(chunked, at, length);
      at += length + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
