// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sub-account invitations through the API (I-1, I-2, I-3, A-1). */
class InvitationApiTest extends SubAccountApiTestBase {
  @Autowired
  GetPartner getPartner;
  @Autowired
  RegisterPartner registerPartner;
  @Autowired
  DemoUsers users;

  @Test
  void anAdminInvitesByEmailWithATypeAndAMessageAndTheEmailCarriesTheLink_I1() throws Exception {
    String email = recipient();
    DocumentContext invited = JsonPath.parse(body(perform(json(
        as("anna", post("/api/partners/{p}/invitations", ALPINE)),
        object("email", email, "type", "enterprise", "message", "Welcome aboard!")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/invitations/")))
        .andExpect(jsonPath("$.partner").value(ALPINE))
        .andExpect(jsonPath("$.recipient").value(email))
        .andExpect(jsonPath("$.type").value("ENTERPRISE"))
        .andExpect(jsonPath("$.message").value("Welcome aboard!"))
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.invitedBy").value(containsString("anna")))
        .andExpect(jsonPath("$.subAccount", is(nullValue())))
        .andExpect(jsonPath("$.token").doesNotExist())
        .andReturn()));
    Instant sent = Instant.parse(invited.read("$.invitedAt"));
    assertThat(Instant.parse(invited.read("$.expiresAt", String.class)))
        .isEqualTo(sent.plus(Duration.ofDays(30)));
    assertThat(Instant.parse(invited.read("$.sentAt", String.class))).isEqualTo(sent);

    String link = links(email, 1).get(0);
    assertThat(link).matches("http://localhost:\\d+/invitations/[0-9a-z]{26}");
    DemoInbox.Mail mail = inbox.mails().stream().filter(m -> m.to().equals(email)).findFirst()
        .orElseThrow();
    assertThat(mail.subject()).isEqualTo("Alpine Hosting AG invites you to open a sub-account");
    assertThat(mail.body()).contains("Welcome aboard!").contains("enterprise sub-account");
    // the token travels only in the e-mail
    assertThat(body(perform(as("anna", get("/api/invitations/{i}",
        invited.read("$.id", String.class)))).andReturn())).doesNotContain(tokenOf(link));
  }

  @Test
  void refusesBadInputWithEveryReasonAndMalformedRequests_I1() throws Exception {
    String url = "/api/partners/{p}/invitations";
    refused(perform(json(as("anna", post(url, ALPINE)), object("email", "not an address",
        "type", "STANDARD", "message", "x".repeat(2001)))), 422, ReasonCode.INVALID_INPUT)
        .andExpect(jsonPath("$.reasons.length()").value(2));
    problem(perform(json(as("anna", post(url, ALPINE)), object("message", "hi"))), 400,
        "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("email, type")));
    problem(perform(json(as("anna", post(url, ALPINE)), object("email", recipient(),
        "type", "GIANT"))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("STANDARD")));
    problem(perform(json(post(url, ALPINE), object("email", recipient(), "type", "STANDARD"))),
        401, "unauthenticated");
  }

  @Test
  void aSalesAgentMayNotInviteAndAnotherPartnerIsNotFound_I1_A1() throws Exception {
    String url = "/api/partners/{p}/invitations";
    String email = recipient();
    refused(perform(json(as("alina", post(url, ALPINE)), object("email", email,
        "type", "STANDARD"))), 403, ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("petra", post(url, ALPINE)), object("email", email,
        "type", "STANDARD"))), 403, ReasonCode.NOT_PERMITTED);
    assertThat(withoutInstance(refused(perform(json(as("bea", post(url, ALPINE)),
        object("email", email, "type", "STANDARD"))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(as("bea", post(url, "no-such-partner")),
            object("email", email, "type", "STANDARD")))));
    perform(as("anna", get(url + "?status=PENDING", ALPINE)))
        .andExpect(jsonPath("$.items[?(@.recipient == '" + email + "')]").isEmpty());
  }

  @Test
  void aPartnerWithoutTheFeatureCannotInvite_I1() throws Exception {
    Actor manager = users.partnerManager().principal();
    PartnerId gipfel = new PartnerId("gipfel-digital");
    Partner before = getPartner.get(new GetPartner.Command(manager, gipfel)).get().partner();
    Set<Feature> without = EnumSet.copyOf(before.features());
    without.remove(Feature.SUB_ACCOUNTS);
    registerPartner.register(new RegisterPartner.Command(manager, new Partner(gipfel,
        before.name(), before.tier(), without, before.language()))).get();
    try {
      refused(perform(json(as("gian", post("/api/partners/{p}/invitations", gipfel.value())),
          object("email", recipient(), "type", "STANDARD"))), 409,
          ReasonCode.SUB_ACCOUNTS_DISABLED)
          .andExpect(jsonPath("$.rules[0]").value("I-1"));
    } finally {
      registerPartner.register(new RegisterPartner.Command(manager, before)).get();
    }
  }

  @Test
  void listsInvitationsNewestFirstWithStatusRecipientAndSender_I2() throws Exception {
    String first = recipient();
    String second = recipient();
    invite("anna", ALPINE, first);
    invite("andri", ALPINE, second);
    DocumentContext page = read("alina", "/api/partners/{p}/invitations?size=2", ALPINE);
    assertThat(strings(page, "$.items[*].recipient")).containsExactly(second, first);
    assertThat(strings(page, "$.items[*].invitedBy")).satisfiesExactly(
        by -> assertThat(by).contains("andri"), by -> assertThat(by).contains("anna"));
    assertThat(strings(page, "$.items[*].status")).containsOnly("PENDING");
    assertThat(page.read("$.total", Long.class)).isGreaterThanOrEqualTo(2);
    String next = page.read("$.next");
    DocumentContext after = read("anna", "/api/partners/{p}/invitations?size=2&after={a}",
        ALPINE, next);
    assertThat(strings(after, "$.items[*].recipient")).doesNotContain(first, second);
    // vendor staff read too
    read("sven", "/api/partners/{p}/invitations?status=pending,Expired", ALPINE);
    problem(perform(as("anna", get("/api/partners/{p}/invitations?status=LOST", ALPINE))), 400,
        "malformed-request");
    problem(perform(as("anna", get("/api/partners/{p}/invitations?size=0", ALPINE))), 400,
        "malformed-request");
    assertThat(withoutInstance(refused(perform(as("bea", get("/api/partners/{p}/invitations",
        ALPINE))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("bea", get("/api/partners/{p}/invitations",
            "no-such-partner")))));
  }

  @Test
  void resendingGivesANewLinkAndTheOldOneStopsWorking_I2() throws Exception {
    String email = recipient();
    String id = invite(email);
    String first = links(email, 1).get(0);
    clock.advance(Duration.ofDays(2));
    DocumentContext resent = JsonPath.parse(body(perform(as("andri",
        post("/api/invitations/{i}/resend", id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andReturn()));
    Instant sentAt = Instant.parse(resent.read("$.sentAt"));
    assertThat(sentAt).isAfter(Instant.parse(resent.read("$.invitedAt", String.class)));
    assertThat(Instant.parse(resent.read("$.expiresAt", String.class)))
        .isEqualTo(sentAt.plus(Duration.ofDays(30)));

    String second = links(email, 2).stream().filter(l -> !l.equals(first)).findFirst()
        .orElseThrow();
    refused(accept(tokenOf(first), email), 409, ReasonCode.INVITATION_NOT_ACCEPTABLE);
    accept(tokenOf(second), email).andExpect(status().isCreated());

    DocumentContext details = read("anna", "/api/invitations/{i}", id);
    assertThat(strings(details, "$.history[*].why")).containsExactly("invitation sent",
        "invitation resent", "invitation accepted");
    assertThat(details.read("$.history[0].from", String.class)).isNull();
    assertThat(details.read("$.history[1].by", String.class)).contains("andri");
  }

  @Test
  void cancelsAPendingInvitationOnceAndItsLinkStopsWorking_I2() throws Exception {
    String email = recipient();
    String id = invite(email);
    String token = token(email);
    perform(json(as("anna", post("/api/invitations/{i}/cancellation", id)),
        object("why", "wrong address")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    refused(perform(as("anna", post("/api/invitations/{i}/cancellation", id))), 409,
        ReasonCode.INVITATION_NOT_PENDING);
    refused(perform(as("anna", post("/api/invitations/{i}/resend", id))), 409,
        ReasonCode.INVITATION_NOT_PENDING);
    refused(accept(token, email), 409, ReasonCode.INVITATION_NOT_ACCEPTABLE);
    DocumentContext details = read("anna", "/api/invitations/{i}", id);
    assertThat(details.read("$.history[1].from", String.class)).isEqualTo("PENDING");
    assertThat(details.read("$.history[1].to", String.class)).isEqualTo("CANCELLED");
    assertThat(details.read("$.history[1].why", String.class)).isEqualTo("wrong address");
    assertThat(strings(read("anna", "/api/partners/{p}/invitations?status=cancelled&size=500",
        ALPINE), "$.items[*].id")).contains(id);
  }

  @Test
  void anInvitationIsExpired31DaysLaterBeforeAnySweepWroteIt_I2() throws Exception {
    String email = recipient();
    String id = invite(email);
    String token = token(email);
    clock.advance(Duration.ofDays(31));
    DocumentContext details = read("anna", "/api/invitations/{i}", id);
    assertThat(details.read("$.invitation.status", String.class)).isEqualTo("EXPIRED");
    // the sweep is off in the API tests: only the sending is in the history
    assertThat(details.read("$.history.length()", Integer.class)).isEqualTo(1);
    assertThat(strings(read("anna", "/api/partners/{p}/invitations?status=EXPIRED&size=500",
        ALPINE), "$.items[*].id")).contains(id);
    assertThat(strings(read("anna", "/api/partners/{p}/invitations?status=PENDING&size=500",
        ALPINE), "$.items[*].id")).doesNotContain(id);
    refused(perform(as("anna", post("/api/invitations/{i}/resend", id))), 409,
        ReasonCode.INVITATION_EXPIRED);
    refused(perform(as("anna", post("/api/invitations/{i}/cancellation", id))), 409,
        ReasonCode.INVITATION_EXPIRED);
    refused(accept(token, email), 409, ReasonCode.INVITATION_NOT_ACCEPTABLE);
    assertThat(read("anna", "/api/invitations/{i}", id).read("$.history.length()",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void acceptingCreatesTheSubAccountBilledToItselfAtListPricesOnce_I3() throws Exception {
    String email = recipient();
    String id = JsonPath.parse(body(perform(json(as("anna", post(
        "/api/partners/{p}/invitations", ALPINE)), object("email", email, "type", "ENTERPRISE")))
        .andReturn())).read("$.id");
    String token = token(email);
    DocumentContext created = JsonPath.parse(body(accept(token.toUpperCase(), email)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/sub-accounts/")))
        .andExpect(jsonPath("$.partner").value(ALPINE))
        .andExpect(jsonPath("$.type").value("ENTERPRISE"))
        .andExpect(jsonPath("$.billing").value("SELF"))
        .andExpect(jsonPath("$.pricing.kind").value("LIST_PRICES"))
        .andExpect(jsonPath("$.pricing.percent", is(nullValue())))
        .andExpect(jsonPath("$.contract", is(nullValue())))
        .andExpect(jsonPath("$.contact.name").value("Mia Muster"))
        .andExpect(jsonPath("$.contact.email").value(email))
        .andExpect(jsonPath("$.organisation.country").value("CH"))
        .andExpect(jsonPath("$.invitation").value(id))
        .andReturn()));
    String subAccount = created.read("$.id");
    perform(as("anna", get("/api/invitations/{i}", id)))
        .andExpect(jsonPath("$.invitation.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.invitation.subAccount").value(subAccount))
        .andExpect(jsonPath("$.history[1].by").value(containsString("customer:api-")));
    perform(as("anna", get("/api/sub-accounts/{s}", subAccount)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[0].why").value("created from invitation"));
    // accepting twice: one token, one sub-account
    refused(accept(token, email), 409, ReasonCode.INVITATION_NOT_ACCEPTABLE);
    assertThat(strings(read("anna", "/api/partners/{p}/sub-accounts?size=500", ALPINE),
        "$.items[*].invitation").stream().filter(id::equals)).hasSize(1);
  }

  @Test
  void refusesBadContactAndOrganisationDataWithEveryReasonAndTheLinkStillWorks_I3()
      throws Exception {
    String email = recipient();
    invite(email);
    String token = token(email);
    refused(perform(json(post("/api/invitations/acceptance"), object("token", token,
        "contactName", " ", "contactEmail", "nobody", "organisationName", "",
        "organisationAddress", " ", "country", "XX"))), 422, ReasonCode.INVALID_INPUT)
        .andExpect(jsonPath("$.reasons.length()").value(5))
        .andExpect(jsonPath("$.rules[0]").value(ReasonCode.INVALID_INPUT.rule()));
    problem(perform(json(post("/api/invitations/acceptance"), object("token", token))), 400,
        "malformed-request")
        .andExpect(jsonPath("$.detail").value(endsWith(
            "contactName, contactEmail, organisationName, organisationAddress, country")));
    accept(token, email).andExpect(status().isCreated());
  }

  @Test
  void everyDeadTokenGetsOneAnswer_I3() throws Exception {
    String accepted = recipient();
    invite(accepted);
    String acceptedToken = token(accepted);
    accept(acceptedToken, accepted).andExpect(status().isCreated());
    String cancelled = recipient();
    String cancelledId = invite(cancelled);
    String cancelledToken = token(cancelled);
    perform(as("anna", post("/api/invitations/{i}/cancellation", cancelledId)))
        .andExpect(status().isOk());
    String resent = recipient();
    String resentId = invite(resent);
    String resentToken = token(resent);
    perform(as("anna", post("/api/invitations/{i}/resend", resentId))).andExpect(status().isOk());
    String expired = recipient();
    invite(expired);
    String expiredToken = token(expired);
    links(resent, 2); // the resend's e-mail is out before the clock moves
    clock.advance(Duration.ofDays(31));

    Map<String, Object> unknown = withoutInstance(refused(accept("0".repeat(26), accepted), 409,
        ReasonCode.INVITATION_NOT_ACCEPTABLE));
    for (String token : List.of("not-a-token", "u".repeat(26), acceptedToken, cancelledToken,
        resentToken, expiredToken)) {
      assertThat(withoutInstance(accept(token, accepted))).as(token).isEqualTo(unknown);
    }
  }

  @Test
  void anotherPartnersInvitationAnswersExactlyLikeAMissingOne_A1() throws Exception {
    String email = recipient();
    String id = invite(email);
    String missing = UUID.randomUUID().toString();
    assertThat(withoutInstance(refused(perform(as("bea", get("/api/invitations/{i}", id))), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("bea", get("/api/invitations/{i}", missing)))));
    for (String action : List.of("/resend", "/cancellation")) {
      assertThat(withoutInstance(refused(perform(as("bea",
          post("/api/invitations/{i}" + action, id))), 404, ReasonCode.NOT_FOUND)))
          .isEqualTo(withoutInstance(perform(as("bea",
              post("/api/invitations/{i}" + action, missing)))));
    }
    // the partner's sales agent and vendor staff see it, and may not move it
    read("alina", "/api/invitations/{i}", id);
    read("sven", "/api/invitations/{i}", id);
    for (String user : List.of("alina", "sven", "petra")) {
      refused(perform(as(user, post("/api/invitations/{i}/resend", id))), 403,
          ReasonCode.NOT_PERMITTED);
      refused(perform(as(user, post("/api/invitations/{i}/cancellation", id))), 403,
          ReasonCode.NOT_PERMITTED);
    }
    DocumentContext after = read("anna", "/api/invitations/{i}", id);
    assertThat(after.read("$.invitation.status", String.class)).isEqualTo("PENDING");
    assertThat(after.read("$.history.length()", Integer.class)).isEqualTo(1);
    problem(perform(as("anna", get("/api/invitations/{i}", "x".repeat(65)))), 400,
        "malformed-request");
  }
}
