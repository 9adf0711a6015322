// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.errors;

import dev.vouchers.sample.webshop.api.Problems;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The bodies of error answers written outside Spring MVC: a problem detail for the API, a
 * small HTML page of the shop otherwise. Neither echoes anything of the request but its
 * well-formed path (HTML pages not even that), and neither names anything internal.
 */
final class ErrorPages {
  private ErrorPages() {}

  /** The problem of a status the server answered before the API could. */
  static Map<String, Object> problem(int status, @org.jspecify.annotations.Nullable String path) {
    ProblemDetail problem = Problems.forStatus(status, detail(status));
    if (path != null && isPlainPath(path)) {
      problem.setInstance(URI.create(path));
    }
    return Problems.members(problem);
  }

  /** What a status means for the client, in one sentence. */
  static String detail(int status) {
    return switch (status) {
      case 400 -> "the server could not read the request: the request line, a percent-encoded"
          + " character (an encoded '/', '\\' or NUL in the path, invalid UTF-8, '%' not"
          + " followed by two hex digits) or a header is malformed, or the request line and"
          + " headers are too long";
      case 404 -> "there is nothing at this path";
      case 405 -> "this resource does not answer this method";
      case 408 -> "the request took too long to arrive";
      case 413 -> "the request is too large";
      case 414 -> "the request URI is too long";
      case 431 -> "the request's headers are too large";
      case 500 -> "the request failed; the shop's log has the details";
      case 501 -> "the server does not implement this method";
      case 503 -> "the shop is not available right now; try again later";
      default -> "the request failed with status " + status;
    };
  }

  /** A small page in the shop's style: status, title and a way back; no request data. */
  static String html(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = status + " " + (known == null ? "Error" : known.getReasonPhrase());
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + title + " · vouchers webshop</title>\n"
        + "<link rel=\"stylesheet\" href=\"/shop.css\">\n</head>\n<body>\n"
        + "<header><a href=\"/\"><strong>vouchers webshop</strong></a></header>\n"
        + "<main>\n<h1>" + title + "</h1>\n"
        + "<p class=\"problem\">" + escape(htmlDetail(status)) + "</p>\n"
        + "<p><a href=\"/\">Back to the start page</a></p>\n</main>\n</body>\n</html>\n";
  }

  private static String htmlDetail(int status) {
    return status == 400
        ? "The shop could not read this address or request. Check the address for a stray"
            + " '%' or an encoded '/', or follow a link from the shop's pages."
        : detail(status);
  }

  /** An absolute path of visible ASCII that {@link URI} reads as it is. */
  private static boolean isPlainPath(String path) {
    if (!path.startsWith("/") || path.length() > 2048) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '\\' || c == '"' || c == '<' || c == '>') {
        return false;
      }
    }
    try {
      return URI.create(path).getRawPath().equals(path);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("'", "&#39;").replace("\"", "&quot;");
  }
}
