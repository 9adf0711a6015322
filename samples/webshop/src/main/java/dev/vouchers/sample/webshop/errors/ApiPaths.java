// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.errors;

import org.jspecify.annotations.Nullable;

/** Which request paths belong to the JSON API. */
final class ApiPaths {
  private ApiPaths() {}

  /**
   * Whether the request path, as sent (percent-encoded, perhaps malformed), is the API's.
   *
   * @param uri the request URI without query, or null when the server could not read it
   * @param contextPath the application's context path, empty for the root
   * @return whether it is {@code /api} or under {@code /api/}
   */
  static boolean isApi(@Nullable String uri, String contextPath) {
    if (uri == null || !uri.startsWith(contextPath)) {
      return false;
    }
    String path = uri.substring(contextPath.length());
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;");
  }
}
