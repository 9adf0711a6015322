// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.csv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Takes the response's writer, with the CSV content type and an attachment file name, on
 * the first write; until then the response is untouched.
 */
public final class LazyCsvWriter extends Writer {
  private final HttpServletResponse response;
  private final String fileName;
  private @Nullable Writer out;

  /**
   * A writer for one download.
   *
   * @param response the response to write to, untouched until the first write
   * @param fileName the attachment's file name
   */
  public LazyCsvWriter(HttpServletResponse response, String fileName) {
    this.response = response;
    this.fileName = fileName;
  }

  private Writer out() throws IOException {
    Writer writer = out;
    if (writer == null) {
      response.setContentType("text/csv;charset=UTF-8");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(fileName).build().toString());
      writer = response.getWriter();
      out = writer;
    }
    return writer;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out().write(buffer, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out().write(text, offset, length);
  }

  @Override
  public void flush() throws IOException {
    Writer writer = out;
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush(); // the container closes the response's writer
  }
}
