// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an API request whose {@code Content-Type} names no concrete media type: a wildcard
 * ({@code *}{@code /*}, {@code application/*}), a value that is not a media type, or an unknown
 * charset. Spring MVC would fail on such a header with an exception of its own when a
 * controller reads the body (a 500); here it is a 415 problem before anything runs. Requests
 * without the header pass.
 */
final class ContentTypeFilter extends OncePerRequestFilter {
  private final JsonMapper json;

  ContentTypeFilter(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
    String problem = header == null ? null : problem(header);
    if (problem != null) {
      Problems.write(Problems.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), problem),
          request, response, json);
      return;
    }
    chain.doFilter(request, response);
  }

  /** What is wrong with the header, or null when it names a concrete media type. */
  private static @org.jspecify.annotations.Nullable String problem(String header) {
    try {
      MediaType type = MediaType.parseMediaType(header);
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        return "Content-Type must name the body's media type (application/json), not a"
            + " wildcard";
      }
      type.getCharset();
      return null;
    } catch (InvalidMediaTypeException | IllegalCharsetNameException
        | UnsupportedCharsetException e) {
      return "Content-Type is not a media type this API reads (application/json)";
    }
  }
}
