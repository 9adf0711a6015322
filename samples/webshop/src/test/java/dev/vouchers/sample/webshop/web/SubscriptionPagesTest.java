// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The subscription pages through MockMvc (U-1..U-5, A-1): the partner console's
 * "Subscriptions" (buy, list, detail and every change, a refusal shown with every reason) and
 * the vendor's page (offers, the publisher's activation, suspension, the sweep). The
 * subscription sweep is off: renewals and expiries must show without it (U-4).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:subscription-pages;DB_CLOSE_DELAY=-1",
    "vouchers.sweeps.subscription-renewal-enabled=false",
    "webshop.inbox.enabled=false"})
@AutoConfigureMockMvc
@DirtiesContext
class SubscriptionPagesTest extends PageTestBase {
  private static final PartnerId ALPINE = new PartnerId("alpine-hosting");
  private static final String CONSOLE = "/console/subscriptions";
  private static final String STAFF = "/staff/subscriptions";

  @Autowired DemoUsers users;
  @Autowired DemoClock clock;
  @Autowired GetSubscription getSubscription;
  @Autowired ListSubscriptions listSubscriptions;
  @Autowired ListOffers listOffers;

  private MockHttpSession anna;
  private MockHttpSession petra;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
    petra = session("petra");
  }

  /** Posts a form; answers the page it redirects to, with the flash shown on it. */
  private String postAndFollow(MockHttpServletRequestBuilder form, MockHttpSession session)
      throws Exception {
    MvcResult posted = mvc.perform(form.session(session))
        .andExpect(status().is3xxRedirection()).andReturn();
    // only this post's flash: earlier ones not followed still wait in the session
    session.removeAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
    return mvc.perform(get(posted.getResponse().getRedirectedUrl()).session(session)
            .flashAttrs(posted.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static String customer() {
    return "kunde-" + UUID.randomUUID();
  }

  private static MockHttpServletRequestBuilder buyForm(String customer, String offer,
      String quantity, String term, String billing) {
    return post(CONSOLE).param("customer", customer).param("offer", offer)
        .param("quantity", quantity).param("term", term).param("billingFrequency", billing)
        .param("autoRenew", "true").param("_autoRenew", "on");
  }

  /** Buys through the console form as the user; answers the subscription's id. */
  private String buy(MockHttpSession session, String term, String billing) throws Exception {
    MvcResult bought = mvc.perform(buyForm(customer(), "crm-suite", "5", term, billing)
            .param("nickname", "Vertrieb").session(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("Pending activation")))
        .andReturn();
    String location = bought.getResponse().getRedirectedUrl();
    assertThat(location).startsWith(CONSOLE + "/");
    return location.substring(CONSOLE.length() + 1);
  }

  private String buyMonthly() throws Exception {
    return buy(anna, "MONTHLY", "MONTHLY");
  }

  /** Confirmed by vendor staff on the vendor's page (U-2). */
  private void activate(String id) throws Exception {
    mvc.perform(activateForm(id).param("as", "staff").session(petra))
        .andExpect(flash().attribute("notice", containsString("billing started")));
  }

  private static MockHttpServletRequestBuilder activateForm(String id) {
    return activateForm(id, "https://crm-suite.publisher.example/activate?purchase=" + id);
  }

  private static MockHttpServletRequestBuilder activateForm(String id, String link) {
    return post(STAFF + "/" + id + "/activate").param("publisherLink", link)
        .param("authorisationCode", "AUTH-4711").param("licencesAssigned", "true")
        .param("accountSetUp", "true");
  }

  private SubscriptionDetails details(String id) {
    return getSubscription.get(new GetSubscription.Command(
        users.partnerManager().principal(), SubscriptionId.of(id))).get();
  }

  private SubscriptionView view(String id) {
    return details(id).subscription();
  }

  private List<SubscriptionChange> changes(String id) {
    return details(id).history().stream().map(SubscriptionHistoryEntry::change).toList();
  }

  private void advanceTo(Instant instant, Duration plus) {
    clock.advance(Duration.between(clock.instant(), instant).plus(plus));
  }

  private static void refusedWith(MvcResult result, ReasonCode... codes) {
    Object refusal = result.getFlashMap().get("refusal");
    assertThat(refusal).isInstanceOf(Refusal.class);
    assertThat(((Refusal) refusal).codes()).containsExactlyInAnyOrder(codes);
  }

  private MvcResult action(String id, String action, MockHttpSession session,
      String... params) throws Exception {
    MockHttpServletRequestBuilder form = post(CONSOLE + "/" + id + "/" + action);
    form.param("confirmed", "true");
    for (int i = 0; i < params.length; i += 2) {
      form.param(params[i], params[i + 1]);
    }
    return mvc.perform(form.session(session))
        .andExpect(redirectedUrl(CONSOLE + "/" + id)).andReturn();
  }

  // ------------------------------------------------------------------ who sees the pages

  @Test
  void thePagesAskForASignedInUserOfTheRightKind() throws Exception {
    String id = buyMonthly();
    for (String path : List.of(CONSOLE, CONSOLE + "/" + id, STAFF, STAFF + "/" + id)) {
      mvc.perform(get(path)).andExpect(redirectedUrl("/"));
    }
    mvc.perform(get(CONSOLE).session(petra)).andExpect(status().isForbidden());
    mvc.perform(get(STAFF).session(anna)).andExpect(status().isForbidden());
    mvc.perform(get(STAFF + "/" + id).session(anna)).andExpect(status().isForbidden());
    mvc.perform(activateForm(id).session(anna)).andExpect(status().isForbidden());
    assertThat(view(id).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
    assertThat(page("/console", anna)).contains("id=\"nav-subscriptions\"");
    assertThat(page("/staff", petra)).contains("href=\"/staff/subscriptions\"");
  }

  // ------------------------------------------------------------------ U-1: buying

  @Test
  void aPartnerBuysForACustomerAndSeesStatusTermEndAndWindowInTheList_U1() throws Exception {
    String form = page(CONSOLE, anna);
    assertThat(form).contains("id=\"buy-form\"").contains("Matterhorn CRM Suite")
        .contains("Gletscher Mail Archive").contains("monthly 72 h, annual 7 days");
    assertThat(form).containsPattern("id=\"buy-auto-renew\"[^>]*checked");

    String customer = customer();
    String detail = postAndFollow(buyForm(customer, "crm-suite", "5", "ANNUAL", "MONTHLY")
        .param("nickname", "Filiale Thun").param("indirectReseller", "seeblick-web"), anna);
    assertThat(detail).contains("id=\"notice\"")
        .containsPattern("id=\"subscription-status\"[^>]*>Pending activation<")
        .contains("id=\"subscription-customer\">" + customer)
        .contains("id=\"subscription-quantity\">5")
        .contains("id=\"subscription-nickname\">Filiale Thun")
        .contains("id=\"subscription-reseller\">seeblick-web")
        .contains("id=\"subscription-auto-renew\">on")
        .contains("id=\"window-open\"").contains("not yet: waiting for the publisher");
    SubscriptionView bought = listSubscriptions.list(new ListSubscriptions.Command(
        users.byId("anna").orElseThrow().principal(), ALPINE,
        Optional.of(CustomerId.of(customer)), Set.of(),
        PageRequest.first(10))).get().items().get(0);
    assertThat(bought.autoRenew()).isTrue();
    assertThat(bought.cancellationWindowClosesAt()).contains(
        bought.purchasedAt().plus(Duration.ofDays(7)));

    String id = bought.id().value();
    String list = page(CONSOLE + "?customer=" + customer + "&status=PENDING_ACTIVATION&size=25",
        anna);
    assertThat(list).containsPattern("id=\"status-" + id + "\"[^>]*>Pending activation<")
        .contains("id=\"window-" + id + "\">"
            + new Formats().at(bought.cancellationWindowClosesAt()));
    assertThat(page(CONSOLE + "?customer=" + customer + "&status=ACTIVE", anna))
        .doesNotContain("id=\"status-" + id + "\"");

    // auto-renew switched off in the form
    MvcResult off = mvc.perform(post(CONSOLE).param("customer", customer())
            .param("offer", "mail-archive").param("quantity", "2").param("term", "ANNUAL")
            .param("billingFrequency", "ANNUAL").param("_autoRenew", "on").session(anna))
        .andExpect(status().is3xxRedirection()).andReturn();
    String offId = off.getResponse().getRedirectedUrl().substring(CONSOLE.length() + 1);
    assertThat(view(offId).autoRenew()).isFalse();
  }

  @Test
  void aRefusedPurchaseShowsEveryReasonKeepsTheFormAndStoresNothing_U1() throws Exception {
    String customer = customer();
    String refused = mvc.perform(buyForm(customer, "mail-archive", "0", "MONTHLY", "MONTHLY")
            .session(anna))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("id=\"refusal\"").contains("U-1")
        .contains(ReasonCode.TERM_NOT_OFFERED.name())
        .contains(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED.name())
        .contains(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE.name())
        .contains("value=\"" + customer + "\"");
    String notANumber = mvc.perform(buyForm(customer, "crm-suite", "many", "MONTHLY",
            "MONTHLY").session(anna))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(notANumber).contains("id=\"problem\"");
    assertThat(page(CONSOLE + "?customer=" + customer, anna)).contains("0 subscriptions match");
  }

  // ------------------------------------------------------------------ U-2: activation

  @Test
  void staffConfirmActivationWithTheLinkAndCodeAndBillingStartsThen_U2() throws Exception {
    String id = buyMonthly();
    assertThat(page(STAFF, petra)).contains("Alpine Hosting AG").contains("id=\"open-" + id
        + "\"").containsPattern("id=\"status-" + id + "\"[^>]*>Pending activation<");
    assertThat(page(STAFF + "?status=PENDING_ACTIVATION", petra)).contains("id=\"open-" + id);
    String staffView = page(STAFF + "/" + id, petra);
    assertThat(staffView).contains("id=\"activate-form\"").contains("id=\"publisher-link\"")
        .contains("id=\"authorisation-code\"").doesNotContain("id=\"change-quantity\"");
    assertThat(page(CONSOLE + "/" + id, anna)).doesNotContain("id=\"activate-form\"");

    // refused: a confirmation missing (each named), a link that is not http(s), not a link
    refusedWith(mvc.perform(post(STAFF + "/" + id + "/activate")
        .param("publisherLink", "https://crm-suite.publisher.example/a")
        .param("authorisationCode", "AUTH-1").param("as", "staff").session(petra)).andReturn(),
        ReasonCode.ACTIVATION_NOT_CONFIRMED, ReasonCode.ACTIVATION_NOT_CONFIRMED);
    refusedWith(mvc.perform(activateForm(id, "mailto:x@example.ch")
        .session(petra)).andReturn(), ReasonCode.INVALID_INPUT);
    mvc.perform(activateForm(id, "https://bad link").session(petra))
        .andExpect(flash().attributeExists("problem"));
    assertThat(view(id).status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);

    Instant before = clock.instant();
    String activated = postAndFollow(activateForm(id).param("as", "staff"), petra);
    assertThat(activated).containsPattern("id=\"subscription-status\"[^>]*>Active<")
        .contains("id=\"notice\"").doesNotContain("AUTH-4711")
        .contains("crm-suite.publisher.example");
    SubscriptionView active = view(id);
    assertThat(active.activation().orElseThrow().billingStartedAt()).isAfterOrEqualTo(before);
    assertThat(active.termStartedAt()).isEqualTo(active.activation().map(
        a -> a.billingStartedAt()));
    assertThat(details(id).history().get(1).by()).contains("petra");
    refusedWith(mvc.perform(activateForm(id).param("as", "staff").session(petra)).andReturn(),
        ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);

    // the publisher itself (a service) confirms in the demo; SUPPORT may confirm too
    String byPublisher = buyMonthly();
    mvc.perform(activateForm(byPublisher).param("as", "publisher").session(session("sven")))
        .andExpect(flash().attributeExists("notice"));
    assertThat(details(byPublisher).history().get(1).by())
        .isEqualTo("service:publisher-crm-suite");
  }

  // ------------------------------------------------------------------ U-3: licences, window

  @Test
  void licencesGoDownAndTheSubscriptionIsCancelledOnlyInsideThe72HourWindow_U3()
      throws Exception {
    String id = buyMonthly();
    activate(id);
    action(id, "quantity", anna, "quantity", "8");
    assertThat(view(id).quantity()).isEqualTo(8);
    clock.advance(Duration.ofHours(71));
    assertThat(page(CONSOLE + "/" + id, anna)).contains("id=\"window-open\"");
    action(id, "quantity", anna, "quantity", "6", "why", "two left the team");
    assertThat(view(id).quantity()).isEqualTo(6);
    clock.advance(Duration.ofHours(2));

    assertThat(page(CONSOLE + "/" + id, anna)).contains("id=\"window-closed\"");
    refusedWith(action(id, "quantity", anna, "quantity", "5"),
        ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    String shown = postAndFollow(post(CONSOLE + "/" + id + "/cancel")
        .param("confirmed", "true"), anna);
    assertThat(shown).contains("id=\"refusal\"").contains("U-3")
        .contains(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED.name())
        .containsPattern("id=\"subscription-status\"[^>]*>Active<");
    action(id, "quantity", anna, "quantity", "10");
    assertThat(view(id).quantity()).isEqualTo(10);
    mvc.perform(post(CONSOLE + "/" + id + "/quantity").param("quantity", "ten").session(anna))
        .andExpect(flash().attributeExists("problem"));

    // a pending subscription after its window: every reason at once
    String pending = buyMonthly();
    clock.advance(Duration.ofHours(73));
    String both = postAndFollow(post(CONSOLE + "/" + pending + "/cancel")
        .param("confirmed", "true"), anna);
    assertThat(both).contains(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED.name())
        .contains(ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED.name())
        .contains("U-2").contains("U-3");
  }

  @Test
  void theAnnualWindowIsSevenDaysAndInsideItTheSubscriptionIsCancelled_U3() throws Exception {
    String cancelled = buy(anna, "ANNUAL", "ANNUAL");
    activate(cancelled);
    String id = buy(anna, "ANNUAL", "ANNUAL");
    activate(id);
    clock.advance(Duration.ofDays(6).plusHours(23));
    action(cancelled, "cancel", anna, "why", "customer withdrew");
    assertThat(page(CONSOLE + "/" + cancelled, anna))
        .containsPattern("id=\"subscription-status\"[^>]*>Cancelled<").contains("customer withdrew");
    clock.advance(Duration.ofHours(2));
    refusedWith(action(id, "cancel", session("andri")),
        ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    refusedWith(action(id, "quantity", anna, "quantity", "4"),
        ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    refusedWith(action(cancelled, "quantity", anna, "quantity", "9"),
        ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
  }

  // ------------------------------------------------------------------ U-4: term ends

  @Test
  void atTermEndOneRenewsAndOneWithoutAutoRenewExpiresVisibleBeforeAnySweep_U4()
      throws Exception {
    String renewing = buyMonthly();
    String expiring = buyMonthly();
    action(expiring, "auto-renew", anna, "on", "false");
    assertThat(view(expiring).autoRenew()).isFalse();
    refusedWith(action(expiring, "auto-renew", anna, "on", "false"), ReasonCode.INVALID_INPUT);
    activate(renewing);
    activate(expiring);
    SubscriptionView first = view(renewing);
    Instant termEnd = first.termEndsAt().orElseThrow();
    Instant otherEnd = view(expiring).termEndsAt().orElseThrow();
    advanceTo(otherEnd.isAfter(termEnd) ? otherEnd : termEnd, Duration.ofHours(1));

    // the second term ends two months after the billing start (U-4: anchored there)
    Instant secondEnd = first.activation().orElseThrow().billingStartedAt()
        .atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
    String list = page(CONSOLE + "?size=50", anna);
    assertThat(list).containsPattern("id=\"status-" + renewing + "\"[^>]*>Active<")
        .containsPattern("id=\"status-" + expiring + "\"[^>]*>Expired<")
        .contains("id=\"term-ends-" + renewing + "\">" + new Formats().at(secondEnd))
        .contains("id=\"window-" + renewing + "\">"
            + new Formats().at(termEnd.plus(Duration.ofHours(72))))
        .contains("id=\"window-" + expiring + "\">closed");
    String renewed = page(CONSOLE + "/" + renewing, anna);
    assertThat(renewed).contains(">Renewed<").contains(SubscriptionHistoryEntry.TERM_END)
        .contains("id=\"window-open\"");
    assertThat(page(CONSOLE + "/" + expiring, anna)).contains(">Expired<")
        .containsPattern("id=\"subscription-status\"[^>]*>Expired<");
    assertThat(changes(renewing)).containsExactly(SubscriptionChange.PURCHASED,
        SubscriptionChange.ACTIVATED, SubscriptionChange.RENEWED);
    assertThat(page(STAFF + "?status=EXPIRED", petra))
        .containsPattern("id=\"status-" + expiring + "\"[^>]*>Expired<");

    // staff write what the pages showed
    mvc.perform(post(STAFF + "/sweep").session(petra))
        .andExpect(flash().attribute("notice", containsString("renewal")));
    assertThat(changes(renewing)).containsExactly(SubscriptionChange.PURCHASED,
        SubscriptionChange.ACTIVATED, SubscriptionChange.RENEWED);
    assertThat(view(expiring).status()).isEqualTo(SubscriptionStatus.EXPIRED);
    mvc.perform(post(STAFF + "/sweep").session(anna)).andExpect(status().isForbidden());
  }

  // ------------------------------------------------------------------ U-1, U-4: settings

  @Test
  void autoRenewBillingNicknameAndIndirectResellerChangeOnThePage_U1_U4() throws Exception {
    String id = buy(anna, "ANNUAL", "MONTHLY");
    action(id, "auto-renew", anna, "on", "false");
    action(id, "auto-renew", anna, "on", "true");
    assertThat(view(id).autoRenew()).isTrue();
    action(id, "billing-frequency", anna, "billingFrequency", "ANNUAL");
    assertThat(page(CONSOLE + "/" + id, anna))
        .contains("id=\"subscription-term\">Annual / Annual");
    refusedWith(action(id, "billing-frequency", anna, "billingFrequency", "ANNUAL"),
        ReasonCode.INVALID_INPUT);
    mvc.perform(post(CONSOLE + "/" + id + "/billing-frequency")
        .param("billingFrequency", "WEEKLY").session(anna))
        .andExpect(flash().attributeExists("problem"));
    refusedWith(action(buyMonthly(), "billing-frequency", anna, "billingFrequency", "ANNUAL"),
        ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);

    action(id, "nickname", anna, "nickname", "Filiale Bern");
    assertThat(page(CONSOLE + "/" + id, anna)).contains("id=\"subscription-nickname\">Filiale Bern");
    refusedWith(action(id, "nickname", anna, "nickname", "Filiale Bern"),
        ReasonCode.INVALID_INPUT);
    action(id, "nickname", anna, "nickname", "");
    assertThat(view(id).nickname()).isEmpty();

    action(id, "indirect-reseller", anna, "indirectReseller", "gipfel-digital");
    assertThat(page(CONSOLE + "/" + id, anna))
        .contains("id=\"subscription-reseller\">gipfel-digital");
    refusedWith(action(id, "indirect-reseller", anna, "indirectReseller", "r".repeat(65)),
        ReasonCode.INVALID_INPUT);
    action(id, "indirect-reseller", anna, "indirectReseller", "");
    assertThat(view(id).indirectReseller()).isEmpty();
    assertThat(changes(id)).containsExactly(SubscriptionChange.PURCHASED,
        SubscriptionChange.AUTO_RENEW_SWITCHED, SubscriptionChange.AUTO_RENEW_SWITCHED,
        SubscriptionChange.BILLING_FREQUENCY_CHANGED, SubscriptionChange.NICKNAME_CHANGED,
        SubscriptionChange.NICKNAME_CHANGED, SubscriptionChange.INDIRECT_RESELLER_CHANGED,
        SubscriptionChange.INDIRECT_RESELLER_CHANGED);
  }

  // ------------------------------------------------------------------ U-2: suspension

  @Test
  void partnerAdminsAndStaffSuspendAndReactivate_U2() throws Exception {
    String id = buyMonthly();
    refusedWith(action(id, "suspend", anna), ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    activate(id);
    action(id, "suspend", anna, "why", "customer on holiday");
    assertThat(page(CONSOLE + "/" + id, anna)).containsPattern("id=\"subscription-status\"[^>]*>Suspended<")
        .contains("id=\"reactivate\"");
    refusedWith(action(id, "quantity", anna, "quantity", "9"),
        ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    mvc.perform(post(STAFF + "/" + id + "/reactivate").session(petra))
        .andExpect(redirectedUrl(STAFF + "/" + id))
        .andExpect(flash().attribute("notice", containsString("Active")));
    mvc.perform(post(STAFF + "/" + id + "/suspend").param("why", "invoice unpaid")
        .session(session("sven"))).andExpect(flash().attribute("notice",
            containsString("Suspended")));
    assertThat(page(STAFF + "/" + id, petra)).containsPattern("id=\"subscription-status\"[^>]*>Suspended<")
        .contains("invoice unpaid").doesNotContain("id=\"activate-form\"");
    mvc.perform(post(STAFF + "/" + id + "/suspend").session(petra))
        .andExpect(flash().attribute("refusal", instanceOf(Refusal.class)));
    action(id, "reactivate", session("andri"));
    assertThat(view(id).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(changes(id)).containsExactly(SubscriptionChange.PURCHASED,
        SubscriptionChange.ACTIVATED, SubscriptionChange.SUSPENDED,
        SubscriptionChange.REACTIVATED, SubscriptionChange.SUSPENDED,
        SubscriptionChange.REACTIVATED);
  }

  // ------------------------------------------------------------------ U-5, A-1: who

  @Test
  void aSalesAgentBuysButEveryChangeIsRefused_U5() throws Exception {
    MockHttpSession alina = session("alina");
    String id = buy(alina, "ANNUAL", "MONTHLY");
    activate(id);
    assertThat(page(CONSOLE + "/" + id, alina)).contains("id=\"sales-agent-note\"");
    List<SubscriptionChange> before = changes(id);
    List<MvcResult> refused = List.of(
        action(id, "quantity", alina, "quantity", "6"),
        action(id, "quantity", alina, "quantity", "4"),
        action(id, "cancel", alina),
        action(id, "auto-renew", alina, "on", "false"),
        action(id, "billing-frequency", alina, "billingFrequency", "ANNUAL"),
        action(id, "nickname", alina, "nickname", "mine"),
        action(id, "indirect-reseller", alina, "indirectReseller", "gipfel-digital"),
        action(id, "suspend", alina));
    for (MvcResult result : refused) {
      refusedWith(result, ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    }
    assertThat(changes(id)).isEqualTo(before);
    String shown = postAndFollow(post(CONSOLE + "/" + id + "/quantity").param("quantity", "6"),
        alina);
    assertThat(shown).contains("U-5")
        .contains(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED.name()).contains("sales agent");
  }

  @Test
  void anotherPartnersSubscriptionIsNotFoundLikeAMissingOne_A1() throws Exception {
    String id = buyMonthly();
    MockHttpSession bea = session("bea");
    // the shop's 404 page, the same for another partner's and a missing id
    String foreign = mvc.perform(get(CONSOLE + "/" + id).session(bea))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    String missing = mvc.perform(get(CONSOLE + "/" + UUID.randomUUID()).session(bea))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(foreign).isEqualTo(missing).doesNotContain("Vertrieb");
    mvc.perform(get(STAFF + "/" + UUID.randomUUID()).session(session("petra")))
        .andExpect(status().isNotFound());
    assertThat(page(CONSOLE, bea)).doesNotContain(id);
    refusedWith(action(id, "quantity", bea, "quantity", "9"), ReasonCode.NOT_FOUND);
    refusedWith(action(id, "cancel", bea), ReasonCode.NOT_FOUND);
    refusedWith(action(id, "suspend", bea), ReasonCode.NOT_FOUND);
    assertThat(view(id).quantity()).isEqualTo(5);
  }

  // ------------------------------------------------------------------ U-1: offers

  @Test
  void thePartnerManagerDefinesOffers_U1() throws Exception {
    String page = page(STAFF, petra);
    assertThat(page).contains("id=\"offer-form\"").contains("crm-suite")
        .contains("Matterhorn Software AG");
    String offer = "test-" + UUID.randomUUID().toString().substring(0, 8);
    MockHttpServletRequestBuilder form = post("/staff/offers").param("id", offer)
        .param("name", "Föhn Backup").param("publisher", "Föhn Data AG")
        .param("terms", "MONTHLY").param("billingFrequencies", "MONTHLY")
        .param("monthlyWindowHours", "48");
    mvc.perform(form.session(session("sven")))
        .andExpect(flash().attribute("refusal", instanceOf(Refusal.class)));
    mvc.perform(form.session(petra)).andExpect(flash().attributeExists("notice"));
    assertThat(listOffers.list(new ListOffers.Command(users.partnerManager().principal()))
        .get().stream().filter(o -> o.id().value().equals(offer)).findFirst().orElseThrow()
        .monthlyCancellationWindow()).isEqualTo(Duration.ofHours(48));
    assertThat(page(CONSOLE, anna)).contains("Föhn Backup");
    mvc.perform(post("/staff/offers").param("id", offer).param("name", "x")
        .param("publisher", "y").session(petra)).andExpect(flash().attributeExists("problem"));
  }
}
