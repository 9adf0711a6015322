// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Sub-account invitations (I-1..I-3) on PostgreSQL: the sample starts on an embedded server of
 * this class's own; an admin invites, the invitation e-mail goes through the outbox to the demo
 * inbox, its link is accepted, and the partner changes the new sub-account's billing until the
 * vendor attaches a contract, all through the API.
 */
@TestPropertySource(properties = "vouchers.outbox.poll-interval=100ms")
class InvitationPostgresSmokeTest extends PostgresApiTestBase {
  @Autowired
  DemoInbox inbox;

  @Test
  void invitesAcceptsAndChangesTheSubAccountOnPostgres_I1_I2_I3() throws Exception {
    String email = "mia@muster-pg.example";
    String invited = perform(post("/api/partners/{p}/invitations", "alpine-hosting"), "anna",
        "{\"email\": \"" + email + "\", \"type\": \"STANDARD\", \"message\": \"Willkommen\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andReturn().getResponse().getContentAsString();
    String invitation = JsonPath.read(invited, "$.id");

    // S-2 for invitations: the e-mail leaves through the outbox once the invitation committed
    String[] link = new String[1];
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      List<String> links = inbox.mails().stream().filter(m -> m.to().equals(email))
          .flatMap(m -> m.links().stream()).filter(l -> l.contains("/invitations/")).toList();
      link[0] = links.isEmpty() ? null : links.get(0);
      return link[0] != null;
    });
    String token = link[0].substring(link[0].lastIndexOf('/') + 1);

    String accepted = perform(post("/api/invitations/acceptance"), null,
        "{\"token\": \"" + token + "\", \"contactName\": \"Mia Muster\", \"contactEmail\": \""
            + email + "\", \"organisationName\": \"Muster AG\", \"organisationAddress\":"
            + " \"Bahnhofstrasse 1, 8001 Zürich\", \"country\": \"CH\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.billing").value("SELF"))
        .andExpect(jsonPath("$.pricing.kind").value("LIST_PRICES"))
        .andReturn().getResponse().getContentAsString();
    String subAccount = JsonPath.read(accepted, "$.id");
    mvc.perform(get("/api/invitations/{i}", invitation).header(Problems.USER_HEADER, "anna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invitation.status").value("ACCEPTED"));

    // I-3: the partner changes billing and pricing until the vendor attaches a contract
    perform(put("/api/sub-accounts/{s}/billing", subAccount), "anna",
        "{\"billing\": \"PARTNER\", \"pricing\": {\"kind\": \"PARTNER_TIER\"}}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.billing").value("PARTNER"));
    perform(put("/api/sub-accounts/{s}/contract", subAccount), "petra",
        "{\"contract\": \"CT-PG-1\"}").andExpect(status().isOk());
    String refused = perform(put("/api/sub-accounts/{s}/billing", subAccount), "anna",
        "{\"billing\": \"SELF\", \"pricing\": {\"kind\": \"LIST_PRICES\"}}")
        .andExpect(status().isConflict())
        .andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<List<String>>read(refused, "$.reasons[*].code"))
        .contains("CONTRACT_ATTACHED");
  }
}
