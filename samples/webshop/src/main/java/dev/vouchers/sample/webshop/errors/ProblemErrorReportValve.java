// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report in the shop's words. Tomcat answers some requests itself, before any
 * filter or controller of the shop runs: a malformed request line, an encoded slash ({@code
 * %2F}), backslash ({@code %5C}) or NUL ({@code %00}) in the path, invalid UTF-8 or a bad
 * percent-encoding in the path, a request line or headers over the size limit. Its own error
 * report is an HTML page of Tomcat; this one answers a problem detail ({@code
 * application/problem+json}) for a path under {@code /api}, and a small HTML page of the shop
 * for any other path. When Tomcat could not read the path at all (a request line over the size
 * limit or malformed), it answers a problem detail too: such requests come from programs, and
 * every client can read it. It writes only when nothing else has written a body, exactly like
 * the report it replaces.
 */
final class ProblemErrorReportValve extends ErrorReportValve {
  private final JsonMapper json;

  ProblemErrorReportValve(JsonMapper json) {
    this.json = json;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, @Nullable Throwable throwable) {
    int status = response.getStatus();
    // as the report it replaces: only errors, only when nothing was written, only once
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String uri = requestUri(request);
    // a request line Tomcat could not read (too long, malformed) has no path to tell by
    boolean api = uri == null || ApiPaths.isApi(uri, contextPath(request));
    try {
      String body = api ? json.writeValueAsString(ErrorPages.problem(status, uri))
          : ErrorPages.html(status);
      response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
          : MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException | JacksonException e) {
      // the client is gone or the response cannot take a body any more: nothing to tell
      container.getLogger().debug("error report not written", e);
    }
  }

  /** The path as sent, without query; null when Tomcat could not read the request line. */
  private static @Nullable String requestUri(Request request) {
    try {
      String uri = request.getCoyoteRequest().requestURI().toString();
      return uri == null || uri.isEmpty() ? null : uri;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String contextPath(Request request) {
    String path = request.getContextPath();
    return path == null ? "" : path;
  }
}
