// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import dev.vouchers.core.subaccount.port.in.GetSubAccount;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.ListInvitations;
import dev.vouchers.core.subaccount.port.in.ListSubAccounts;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sub-account pages (I-1..I-3) through MockMvc, as {@link WebPagesTest} does for the voucher
 * pages: the partner console's invitations and sub-accounts, the acceptance page the e-mail's
 * link leads to (followed from the demo inbox), and the staff page. The expiry sweep is off, so
 * an EXPIRED invitation on a page is the status as of now, before any sweep wrote it (I-2).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:sub-account-pages;DB_CLOSE_DELAY=-1",
    "vouchers.sweeps.expiry-enabled=false"})
@AutoConfigureMockMvc
@DirtiesContext
class SubAccountPagesTest extends PageTestBase {
  private static final PartnerId ALPINE = new PartnerId("alpine-hosting");
  private static final Matcher<Object> REFUSED = instanceOf(Refusal.class);

  @Autowired DemoUsers users;
  @Autowired DemoClock clock;
  @Autowired DemoInbox inbox;
  @Autowired ListInvitations listInvitations;
  @Autowired ListSubAccounts listSubAccounts;
  @Autowired GetSubAccount getSubAccount;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  private Actor annaPrincipal() {
    return users.byId("anna").orElseThrow().principal();
  }

  private static String recipient() {
    return "invitee-" + UUID.randomUUID() + "@example.ch";
  }

  /** Invites through the form as the user; the invitation as the library has it. */
  private InvitationView invite(MockHttpSession session, String email, String type,
      String message) throws Exception {
    mvc.perform(post("/console/sub-accounts/invitations").session(session)
            .param("email", email).param("type", type).param("message", message))
        .andExpect(redirectedUrl("/console/sub-accounts"))
        .andExpect(flash().attributeExists("notice"));
    return invitation(email);
  }

  private InvitationView invitation(String recipient) {
    return listInvitations.list(new ListInvitations.Command(annaPrincipal(), ALPINE, Set.of(),
            PageRequest.first(PageRequest.MAX_SIZE))).get().items().stream()
        .filter(i -> i.recipient().value().equals(recipient)).findFirst().orElseThrow();
  }

  /** The invitation links in the e-mails to the recipient, oldest first, once there are n. */
  private List<String> links(String recipient, int atLeast) {
    List<String> links = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      links.clear();
      inbox.mails().stream().filter(m -> m.to().equals(recipient))
          .flatMap(m -> m.links().stream()).filter(l -> l.contains("/invitations/"))
          .distinct().forEach(l -> links.add(0, l));
      return links.size() >= atLeast;
    });
    return List.copyOf(links);
  }

  /** The path of the link: the acceptance page as the shop serves it. */
  private static String path(String link) {
    return URI.create(link).getPath();
  }

  private static MockHttpServletRequestBuilder acceptance(String path, String email) {
    return post(path).param("contactName", "Mia Muster").param("contactEmail", email)
        .param("organisationName", "Muster AG")
        .param("organisationAddress", "Bahnhofstrasse 1, 8001 Zürich").param("country", "ch");
  }

  /** The dead-link answer of the acceptance page: its main part, which must be the same. */
  private String deadLink(String path) throws Exception {
    String body = mvc.perform(acceptance(path, "mia@muster.ch").session(new MockHttpSession()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(body).contains("id=\"dead-link\"").doesNotContain("accept-form");
    return body.substring(body.indexOf("<main>"), body.indexOf("</main>"));
  }

  /** The answer every dead link gets (an unknown, well-formed token). */
  private String reference() throws Exception {
    return deadLink("/invitations/" + "0".repeat(26));
  }

  /** A sub-account of Alpine Hosting, created through the invitation e-mail and the page. */
  private SubAccount subAccount() throws Exception {
    String email = recipient();
    invite(anna, email, "STANDARD", "");
    mvc.perform(acceptance(path(links(email, 1).get(0)), email).session(new MockHttpSession()))
        .andExpect(redirectedUrl("/invitations/accepted"));
    return listSubAccounts.list(new ListSubAccounts.Command(annaPrincipal(), ALPINE,
            PageRequest.first(PageRequest.MAX_SIZE))).get().items().stream()
        .filter(s -> s.contact().email().value().equals(email)).findFirst().orElseThrow();
  }

  private SubAccount reread(SubAccount subAccount) {
    return getSubAccount.get(new GetSubAccount.Command(annaPrincipal(), subAccount.id())).get()
        .subAccount();
  }

  /** A refusal told on the next page, with the reason. */
  private static MvcResult refusedWith(ResultActions result, ReasonCode code) throws Exception {
    MvcResult done = result.andExpect(flash().attribute("refusal", REFUSED)).andReturn();
    Refusal refusal = (Refusal) done.getFlashMap().get("refusal");
    assertThat(refusal.has(code)).as("%s", refusal).isTrue();
    return done;
  }

  /** The page a redirect leads to, with what the redirect told it. */
  private String next(MvcResult redirect, MockHttpSession session) throws Exception {
    return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).session(session)
            .flashAttrs(redirect.getFlashMap())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void everySubAccountPageAsksForASignedInUserOfTheRightKind() throws Exception {
    for (String path : List.of("/console/sub-accounts", "/staff/sub-accounts",
        "/console/sub-accounts/invitations/x", "/console/sub-accounts/x")) {
      mvc.perform(get(path)).andExpect(redirectedUrl("/"));
    }
    mvc.perform(get("/staff/sub-accounts").session(anna)).andExpect(status().isForbidden());
    mvc.perform(get("/console/sub-accounts").session(session("petra")))
        .andExpect(status().isForbidden());
    // the invitee needs no account: the link is the authorisation
    assertThat(mvc.perform(get("/invitations/" + "0".repeat(26))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains("id=\"accept-form\"");
    assertThat(page("/console/sub-accounts", anna)).contains("id=\"nav-sub-accounts\"")
        .contains("id=\"invite-form\"");
    assertThat(page("/staff/sub-accounts", session("petra")))
        .contains("id=\"nav-staff-sub-accounts\"").contains("Alpine Hosting AG");
  }

  @Test
  void anAdminInvitesAndTheInviteeFollowsTheLinkFromTheInbox_I1_I3() throws Exception {
    String email = recipient();
    InvitationView invited = invite(anna, email, "enterprise", "Willkommen bei Alpine!");
    assertThat(invited.status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invited.type()).isEqualTo(SubAccountType.ENTERPRISE);
    String id = invited.id().value();
    String console = page("/console/sub-accounts", anna);
    assertThat(console).contains(email).containsPattern("id=\"invitation-status-" + id + "\"[^>]*>Pending<")
        .contains("anna").contains("id=\"resend-" + id + "\"")
        .contains(new Formats().at(invited.expiresAt()));

    String link = links(email, 1).get(0);
    DemoInbox.Mail mail = inbox.mails().stream().filter(m -> m.to().equals(email)).findFirst()
        .orElseThrow();
    assertThat(mail.subject()).isEqualTo("Alpine Hosting AG invites you to open a sub-account");
    assertThat(mail.body()).contains("enterprise sub-account").contains("Willkommen bei Alpine!");
    // <base>/invitations/<token>, the base being the shop (vouchers.invitations.base-url)
    assertThat(link).matches("http://localhost:\\d+/invitations/[0-9a-z]{26}");

    MockHttpSession invitee = new MockHttpSession();
    assertThat(mvc.perform(get(path(link)).session(invitee)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains("id=\"accept-form\"");
    MvcResult accepted = mvc.perform(acceptance(path(link), email).session(invitee))
        .andExpect(redirectedUrl("/invitations/accepted")).andReturn();
    assertThat(mvc.perform(get("/invitations/accepted").session(invitee)
            .flashAttrs(accepted.getFlashMap())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString())
        .contains("id=\"accepted-organisation\">Muster AG").contains("Enterprise")
        .contains("Billed to itself").contains("list prices");

    assertThat(page("/console/sub-accounts", anna))
        .containsPattern("id=\"invitation-status-" + id + "\"[^>]*>Accepted<").contains("Muster AG (CH)")
        .doesNotContain("id=\"resend-" + id + "\"");
    assertThat(page("/console/sub-accounts/invitations/" + id, anna))
        .contains("invitation sent").contains("invitation accepted")
        .contains("id=\"invitation-sub-account\"");
    // accepting twice: the link is dead
    assertThat(deadLink(path(link))).isEqualTo(reference());
  }

  @Test
  void badContactOrOrganisationDataIsShownWithEveryReasonAndTheLinkStillWorks_I3()
      throws Exception {
    String email = recipient();
    invite(anna, email, "STANDARD", "");
    String path = path(links(email, 1).get(0));
    String form = mvc.perform(post(path).param("contactName", " ")
            .param("contactEmail", "not an address").param("organisationName", "Muster AG")
            .param("organisationAddress", "").param("country", "XX"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).contains("id=\"refusal\"").contains("id=\"accept-form\"")
        .contains("value=\"Muster AG\"").contains("the contact name")
        .contains("the contact e-mail").contains("the address").contains("the country");
    mvc.perform(acceptance(path, email)).andExpect(redirectedUrl("/invitations/accepted"));
  }

  @Test
  void resendingKillsTheOldLinkAndCancellingKillsTheNewOne_I2() throws Exception {
    String email = recipient();
    String id = invite(anna, email, "STANDARD", "").id().value();
    String first = links(email, 1).get(0);
    mvc.perform(post("/console/sub-accounts/invitations/" + id + "/resend")
            .session(session("andri")))
        .andExpect(flash().attributeExists("notice"));
    String second = links(email, 2).stream().filter(l -> !l.equals(first)).findFirst()
        .orElseThrow();
    assertThat(deadLink(path(first))).isEqualTo(reference());

    mvc.perform(post("/console/sub-accounts/invitations/" + id + "/cancel")
        .param("confirmed", "true").session(anna)
        .param("why", "wrong address")).andExpect(flash().attributeExists("notice"));
    assertThat(deadLink(path(second))).isEqualTo(reference());
    assertThat(page("/console/sub-accounts?status=CANCELLED", anna))
        .containsPattern("id=\"invitation-status-" + id + "\"[^>]*>Cancelled<");
    assertThat(page("/console/sub-accounts/invitations/" + id, anna))
        .contains("invitation resent").contains("wrong address").contains("Andri Arnold");
    // cancelled is final
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/cancel")
        .param("confirmed", "true")
        .session(anna)), ReasonCode.INVITATION_NOT_PENDING);
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/resend")
        .session(anna)), ReasonCode.INVITATION_NOT_PENDING);
  }

  @Test
  void anInvitationIsExpiredAfter30DaysBeforeAnySweepWroteIt_I2() throws Exception {
    String email = recipient();
    String id = invite(anna, email, "STANDARD", "").id().value();
    String link = links(email, 1).get(0);
    clock.advance(Duration.ofDays(31));
    assertThat(page("/console/sub-accounts", anna))
        .containsPattern("id=\"invitation-status-" + id + "\"[^>]*>Expired<")
        .doesNotContain("id=\"resend-" + id + "\"");
    assertThat(page("/console/sub-accounts?status=EXPIRED", anna)).contains(email);
    assertThat(page("/console/sub-accounts?status=PENDING", anna)).doesNotContain(email);
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/resend")
        .session(anna)), ReasonCode.INVITATION_EXPIRED);
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/cancel")
        .param("confirmed", "true")
        .session(anna)), ReasonCode.INVITATION_EXPIRED);
    assertThat(deadLink(path(link))).isEqualTo(reference());
  }

  @Test
  void everyDeadLinkGetsOneAnswer_I3() throws Exception {
    String reference = reference();
    assertThat(reference).contains(InvitationAcceptanceController.DEAD_LINK)
        .doesNotContain("0".repeat(26));
    assertThat(deadLink("/invitations/not-a-token")).isEqualTo(reference);
    assertThat(deadLink("/invitations/" + "u".repeat(26))).isEqualTo(reference);
    assertThat(deadLink("/invitations/accepted")).isEqualTo(reference);
  }

  @Test
  void aSalesAgentSeesEverythingAndIsRefusedEveryChange_I1_I2_I3_A1() throws Exception {
    SubAccount subAccount = subAccount();
    String email = recipient();
    String id = invite(anna, email, "STANDARD", "").id().value();
    MockHttpSession alina = session("alina");
    assertThat(page("/console/sub-accounts", alina)).contains(email)
        .contains(subAccount.organisation().name()).contains("id=\"invite-form\"");
    MvcResult refused = refusedWith(mvc.perform(post("/console/sub-accounts/invitations")
        .session(alina).param("email", recipient()).param("type", "STANDARD")),
        ReasonCode.NOT_PERMITTED);
    assertThat(next(refused, alina)).contains("id=\"refusal\"").contains("A-1")
        .contains("NOT_PERMITTED");
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/resend")
        .session(alina)), ReasonCode.NOT_PERMITTED);
    refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + "/cancel")
        .param("confirmed", "true")
        .session(alina)), ReasonCode.NOT_PERMITTED);
    refusedWith(mvc.perform(post("/console/sub-accounts/" + subAccount.id().value()
            + "/billing").session(alina).param("billing", "PARTNER")
        .param("pricing", "PARTNER_TIER")), ReasonCode.NOT_PERMITTED);
    assertThat(invitation(email).status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(reread(subAccount).billing()).isEqualTo(Billing.SELF);
  }

  @Test
  void anotherPartnersInvitationsAndSubAccountsAreNotFound_A1() throws Exception {
    SubAccount subAccount = subAccount();
    String email = recipient();
    String id = invite(anna, email, "STANDARD", "").id().value();
    MockHttpSession bea = session("bea");
    String foreign = page("/console/sub-accounts/invitations/" + id, bea);
    String missing = page("/console/sub-accounts/invitations/" + UUID.randomUUID(), bea);
    assertThat(foreign).contains("NOT_FOUND").doesNotContain(email);
    assertThat(missing).contains("NOT_FOUND");
    assertThat(page("/console/sub-accounts/" + subAccount.id().value(), bea))
        .contains("NOT_FOUND").doesNotContain(subAccount.organisation().name());
    assertThat(page("/console/sub-accounts", bea)).doesNotContain(email)
        .doesNotContain(subAccount.contact().email().value());
    for (String action : List.of("/resend", "/cancel")) {
      refusedWith(mvc.perform(post("/console/sub-accounts/invitations/" + id + action)
          .param("confirmed", "true").session(bea)), ReasonCode.NOT_FOUND);
    }
    refusedWith(mvc.perform(post("/console/sub-accounts/" + subAccount.id().value()
            + "/billing").session(bea).param("billing", "PARTNER")
        .param("pricing", "LIST_PRICES")), ReasonCode.NOT_FOUND);
    assertThat(invitation(email).status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(reread(subAccount).billing()).isEqualTo(Billing.SELF);
  }

  @Test
  void billingAndPricingChangeUnlessTheVendorAttachedAContract_I3() throws Exception {
    SubAccount subAccount = subAccount();
    String id = subAccount.id().value();
    String billing = "/console/sub-accounts/" + id + "/billing";
    mvc.perform(post(billing).session(anna).param("billing", "PARTNER")
            .param("pricing", "CUSTOM_DISCOUNT").param("percent", "12.50"))
        .andExpect(redirectedUrl("/console/sub-accounts"))
        .andExpect(flash().attributeExists("notice"));
    assertThat(reread(subAccount).pricing()).isEqualTo(Pricing.discount(new BigDecimal("12.5")));
    assertThat(page("/console/sub-accounts", anna))
        .containsPattern("id=\"billing-" + id + "\"[^>]*>Billed to the partner<")
        .contains("id=\"pricing-" + id + "\">discount 12.5%");
    mvc.perform(post(billing).session(anna).param("billing", "PARTNER")
            .param("pricing", "CUSTOM_DISCOUNT").param("percent", "150"))
        .andExpect(flash().attributeExists("problem"));
    mvc.perform(post(billing).session(anna).param("billing", "NOBODY")
        .param("pricing", "LIST_PRICES")).andExpect(flash().attributeExists("problem"));

    MockHttpSession petra = session("petra");
    mvc.perform(post("/staff/sub-accounts/" + id + "/contract").session(petra)
            .param("contract", "C-2026-17"))
        .andExpect(redirectedUrl("/staff/sub-accounts"))
        .andExpect(flash().attributeExists("notice"));
    assertThat(page("/staff/sub-accounts", petra))
        .contains("id=\"contract-" + id + "\">C-2026-17").contains("id=\"detach-" + id + "\"");
    MvcResult refused = refusedWith(mvc.perform(post(billing).session(anna)
        .param("billing", "SELF").param("pricing", "LIST_PRICES").param("back", "detail")),
        ReasonCode.CONTRACT_ATTACHED);
    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/sub-accounts/" + id);
    assertThat(next(refused, anna)).contains("CONTRACT_ATTACHED").contains("I-3")
        .contains("id=\"sub-account-contract\">C-2026-17").contains("contract attached")
        .contains("billing and pricing changed");
    assertThat(reread(subAccount).billing()).isEqualTo(Billing.PARTNER);

    mvc.perform(post("/staff/sub-accounts/" + id + "/contract/detach")
        .param("confirmed", "true").session(petra))
        .andExpect(flash().attributeExists("notice"));
    refusedWith(mvc.perform(post("/staff/sub-accounts/" + id + "/contract/detach")
        .param("confirmed", "true")
        .session(petra)), ReasonCode.INVALID_INPUT);
    mvc.perform(post(billing).session(session("andri")).param("billing", "SELF")
        .param("pricing", "PARTNER_TIER")).andExpect(flash().attributeExists("notice"));
    assertThat(reread(subAccount).pricing()).isEqualTo(Pricing.partnerTier());
  }

  @Test
  void onlyThePartnerManagerChangesTheTypeAndTheContract_I3() throws Exception {
    SubAccount subAccount = subAccount();
    String id = subAccount.id().value();
    MockHttpSession sven = session("sven");
    assertThat(page("/staff/sub-accounts", sven)).contains("id=\"set-type-" + id + "\"");
    refusedWith(mvc.perform(post("/staff/sub-accounts/" + id + "/type").session(sven)
        .param("type", "ENTERPRISE")), ReasonCode.NOT_PERMITTED);
    refusedWith(mvc.perform(post("/staff/sub-accounts/" + id + "/contract").session(sven)
        .param("contract", "C-1")), ReasonCode.NOT_PERMITTED);
    // a partner's admin cannot even reach the staff actions
    mvc.perform(post("/staff/sub-accounts/" + id + "/type").session(anna)
        .param("type", "ENTERPRISE")).andExpect(status().isForbidden());
    assertThat(reread(subAccount).type()).isEqualTo(SubAccountType.STANDARD);
    assertThat(reread(subAccount).contract()).isEmpty();

    MockHttpSession petra = session("petra");
    mvc.perform(post("/staff/sub-accounts/" + id + "/type").session(petra)
        .param("type", "GIANT")).andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/staff/sub-accounts/" + id + "/type").session(petra)
        .param("type", "ENTERPRISE")).andExpect(flash().attributeExists("notice"));
    assertThat(reread(subAccount).type()).isEqualTo(SubAccountType.ENTERPRISE);
    refusedWith(mvc.perform(post("/staff/sub-accounts/" + id + "/contract").session(petra)
        .param("contract", " ")), ReasonCode.INVALID_INPUT);
    refusedWith(mvc.perform(post("/staff/sub-accounts/" + UUID.randomUUID() + "/type")
        .session(petra).param("type", "STANDARD")), ReasonCode.NOT_FOUND);
    assertThat(page("/console/sub-accounts/" + id, anna))
        .contains("id=\"sub-account-type\">Enterprise").contains("type changed");
  }

  @Test
  void theSubAccountPageSpeaksPeoplesWordsInBothLanguages_I3() throws Exception {
    SubAccount subAccount = subAccount();
    for (String language : List.of("en", "de")) {
      String html = mvc.perform(get("/console/sub-accounts/" + subAccount.id().value())
              .header("Accept-Language", language).session(anna))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(PeoplesWords.offences(html)).as(language).isEmpty();
      assertThat(html).contains("de".equals(language) ? "Unterkonto" : "Sub-account");
    }
  }
}
