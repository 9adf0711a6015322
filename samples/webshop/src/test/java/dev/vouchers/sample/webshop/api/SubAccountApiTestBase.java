// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the invitation and sub-account API tests share (I-1..I-3): inviting, following the
 * e-mail's link from the demo inbox (waiting for the relay in bounded polls, never by sleeping)
 * and accepting. The same running sample as every API test ({@link ApiTestBase}).
 */
abstract class SubAccountApiTestBase extends ApiTestBase {
  @Autowired
  DemoInbox inbox;

  /** A recipient no other test uses, so that its e-mails are found in the shared inbox. */
  static String recipient() {
    return "invitee-" + UUID.randomUUID() + "@example.ch";
  }

  /** Invites as the user; asserts 201. */
  DocumentContext invite(String user, String partner, String email) throws Exception {
    return JsonPath.parse(body(perform(json(as(user, post("/api/partners/{p}/invitations",
        partner)), object("email", email, "type", "STANDARD")))
        .andExpect(status().isCreated()).andReturn()));
  }

  /** Invites as anna for Alpine Hosting; the invitation's id. */
  String invite(String email) throws Exception {
    return invite("anna", ALPINE, email).read("$.id");
  }

  /**
   * The distinct invitation links e-mailed to the recipient, once there are at least
   * {@code atLeast} (a message redelivered after a lease shows its link once).
   */
  List<String> links(String recipient, int atLeast) {
    List<String> links = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      links.clear();
      inbox.mails().stream().filter(m -> m.to().equals(recipient))
          .flatMap(m -> m.links().stream()).filter(l -> l.contains("/invitations/"))
          .distinct().forEach(links::add);
      return links.size() >= atLeast;
    });
    return List.copyOf(links);
  }

  /** The token of the only link e-mailed to the recipient so far. */
  String token(String recipient) {
    return tokenOf(links(recipient, 1).get(0));
  }

  static String tokenOf(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  /** An acceptance with good contact and organisation data. */
  static Map<String, Object> acceptance(String token, String email) {
    return object("token", token, "contactName", "Mia Muster", "contactEmail", email,
        "organisationName", "Muster AG", "organisationAddress", "Bahnhofstrasse 1, 8001 Zürich",
        "country", "CH");
  }

  /** Accepts with the token, without any header. */
  ResultActions accept(String token, String email) throws Exception {
    return perform(json(post("/api/invitations/acceptance"), acceptance(token, email)));
  }

  /** A sub-account of Alpine Hosting, invited by anna and accepted; its id. */
  String subAccount() throws Exception {
    String email = recipient();
    invite(email);
    return JsonPath.parse(body(accept(token(email), email).andExpect(status().isCreated())
        .andReturn())).read("$.id");
  }
}
