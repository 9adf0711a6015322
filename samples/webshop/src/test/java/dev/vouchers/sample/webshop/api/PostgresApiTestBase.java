// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sample on PostgreSQL, for the API tests that run it there: every test class gets an
 * embedded server of its own (a real PostgreSQL from a Maven artifact), on which the sample
 * creates the library's schema and seeds the demo. A subclass adds the properties it needs
 * besides the connection with {@code @TestPropertySource}.
 */
@SpringBootTest(properties = {
    "spring.datasource.username=postgres",
    "spring.datasource.password="})
@AutoConfigureMockMvc
// the context holds connections to its class's server: close it with the class
@DirtiesContext
abstract class PostgresApiTestBase {

  /**
   * Spring calls this once for every context it starts, and {@link DirtiesContext} makes that
   * once for every test class: so each class starts a server of its own, which its own shutdown
   * hook stops when the test JVM ends.
   */
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres server = start();
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:"
        + server.getPort() + "/postgres");
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
  }

  @Autowired
  MockMvc mvc;

  /** A JSON request, as the demo user if one is given (none: a visitor who is not signed in). */
  ResultActions perform(MockHttpServletRequestBuilder request, @Nullable String user,
      String json) throws Exception {
    if (user != null) {
      request.header(Problems.USER_HEADER, user);
    }
    return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
