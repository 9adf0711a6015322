// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Subscriptions through the API (U-1..U-5, A-1): buying, the publisher's activation, licences
 * and the cancellation window, term ends before any sweep (the sweep is off in these tests),
 * the settings, suspension, a sales agent's refusals and another partner's subscription.
 */
class SubscriptionApiTest extends ApiTestBase {
  private static final String CRM = "crm-suite";
  private static final String ARCHIVE = "mail-archive";

  // ------------------------------------------------------------------ helpers

  /** A customer id no other test uses. */
  private static String customer() {
    return "kunde-" + UUID.randomUUID();
  }

  private static Map<String, Object> purchase(String customer, String offer, int quantity,
      String term, String billing) {
    return object("customer", customer, "offer", offer, "quantity", quantity, "term", term,
        "billingFrequency", billing);
  }

  /** Buys as the user for Alpine Hosting; asserts 201 and answers the subscription. */
  private DocumentContext buy(String user, Map<String, Object> body) throws Exception {
    return JsonPath.parse(body(perform(json(as(user,
        post("/api/partners/{p}/subscriptions", ALPINE)), body))
        .andExpect(status().isCreated()).andReturn()));
  }

  /** A monthly CRM suite subscription of 5 licences, bought by anna. */
  private String buyMonthly() throws Exception {
    return buy("anna", purchase(customer(), CRM, 5, "MONTHLY", "MONTHLY")).read("$.id");
  }

  /** An annual CRM suite subscription of 5 licences billed monthly, bought by anna. */
  private String buyAnnual() throws Exception {
    return buy("anna", purchase(customer(), CRM, 5, "ANNUAL", "MONTHLY")).read("$.id");
  }

  private static Map<String, Object> confirmation() {
    return object("publisherLink", "https://crm.publisher.example/activate?purchase=4711",
        "authorisationCode", "AUTH-SECRET-4711", "licencesAssigned", true, "accountSetUp", true);
  }

  private ResultActions activate(String user, String subscription, Map<String, Object> body)
      throws Exception {
    return perform(json(as(user, post("/api/subscriptions/{s}/activation", subscription)),
        body));
  }

  /** Activated by vendor staff (U-2); answers the subscription. */
  private DocumentContext activated(String subscription) throws Exception {
    return JsonPath.parse(body(activate("petra", subscription, confirmation())
        .andExpect(status().isOk()).andReturn()));
  }

  private DocumentContext details(String user, String subscription) throws Exception {
    return read(user, "/api/subscriptions/{s}", subscription);
  }

  private ResultActions quantity(String user, String subscription, int quantity)
      throws Exception {
    return perform(json(as(user, put("/api/subscriptions/{s}/quantity", subscription)),
        object("quantity", quantity, "why", "customer asked")));
  }

  private ResultActions cancel(String user, String subscription) throws Exception {
    return perform(json(as(user, post("/api/subscriptions/{s}/cancellation", subscription)),
        object("why", "customer withdrew")));
  }

  private ResultActions autoRenew(String user, String subscription, boolean on)
      throws Exception {
    return perform(json(as(user, put("/api/subscriptions/{s}/auto-renew", subscription)),
        object("autoRenew", on)));
  }

  private ResultActions billing(String user, String subscription, String frequency)
      throws Exception {
    return perform(json(as(user, put("/api/subscriptions/{s}/billing-frequency",
        subscription)), object("billingFrequency", frequency)));
  }

  private ResultActions nickname(String user, String subscription, String nickname)
      throws Exception {
    return perform(json(as(user, put("/api/subscriptions/{s}/nickname", subscription)),
        object("nickname", nickname)));
  }

  private ResultActions reseller(String user, String subscription, String reseller)
      throws Exception {
    return perform(json(as(user, put("/api/subscriptions/{s}/indirect-reseller",
        subscription)), object("indirectReseller", reseller)));
  }

  private ResultActions suspend(String user, String subscription) throws Exception {
    return perform(as(user, post("/api/subscriptions/{s}/suspension", subscription)));
  }

  private ResultActions reactivate(String user, String subscription) throws Exception {
    return perform(as(user, post("/api/subscriptions/{s}/reactivation", subscription)));
  }

  /** Moves the demo clock to the instant plus the given time. */
  private void advanceTo(Instant instant, Duration plus) {
    clock.advance(Duration.between(clock.instant(), instant).plus(plus));
  }

  private static Instant instant(DocumentContext json, String path) {
    return Instant.parse(json.read(path, String.class));
  }

  /** What a refused command must leave as it was: the subscription and its whole history. */
  private Object state(String subscription) throws Exception {
    return details("petra", subscription).read("$");
  }

  // ------------------------------------------------------------------ U-1: offers

  @Test
  void offersAreListedForEveryUserWithTheirWindows_U1() throws Exception {
    DocumentContext offers = read("alina", "/api/offers");
    assertThat(strings(offers, "$[*].id")).contains(CRM, ARCHIVE);
    assertThat(strings(offers, "$[?(@.id == 'crm-suite')].terms[*]"))
        .containsExactly("MONTHLY", "ANNUAL");
    assertThat(strings(offers, "$[?(@.id == 'crm-suite')].monthlyCancellationWindow"))
        .containsExactly("PT72H");
    assertThat(strings(offers, "$[?(@.id == 'crm-suite')].annualCancellationWindow"))
        .containsExactly("PT168H");
    assertThat(strings(offers, "$[?(@.id == 'mail-archive')].terms[*]"))
        .containsExactly("ANNUAL");
    problem(perform(get("/api/offers")), 401, "unauthenticated");
  }

  @Test
  void thePartnerManagerDefinesOffersAndExistingSubscriptionsKeepTheirWindow_U1_U3()
      throws Exception {
    String offer = "test-" + UUID.randomUUID();
    Map<String, Object> body = object("name", "Föhn Backup", "publisher", "Föhn Data AG",
        "terms", List.of("monthly"), "billingFrequencies", List.of("MONTHLY"),
        "monthlyCancellationWindow", "PT48H", "maxQuantity", 20);
    perform(json(as("petra", put("/api/offers/{o}", offer)), body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(offer))
        .andExpect(jsonPath("$.monthlyCancellationWindow").value("PT48H"))
        .andExpect(jsonPath("$.annualCancellationWindow").value("PT168H"))
        .andExpect(jsonPath("$.maxQuantity").value(20));
    DocumentContext bought = buy("anna", purchase(customer(), offer, 20, "MONTHLY", "MONTHLY"));
    assertThat(instant(bought, "$.cancellationWindowClosesAt"))
        .isEqualTo(instant(bought, "$.purchasedAt").plus(Duration.ofHours(48)));

    // a longer window for new purchases; the bought one keeps its 48 hours (as prices, T-4)
    body.put("monthlyCancellationWindow", "PT96H");
    perform(json(as("petra", put("/api/offers/{o}", offer)), body))
        .andExpect(jsonPath("$.monthlyCancellationWindow").value("PT96H"));
    assertThat(instant(details("anna", bought.read("$.id")),
        "$.subscription.cancellationWindowClosesAt"))
        .isEqualTo(instant(bought, "$.cancellationWindowClosesAt"));

    refused(perform(json(as("sven", put("/api/offers/{o}", offer)), body)), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("anna", put("/api/offers/{o}", offer)), body)), 403,
        ReasonCode.NOT_PERMITTED);
    problem(perform(json(as("petra", put("/api/offers/{o}", offer)),
        object("name", "x"))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("publisher")))
        .andExpect(jsonPath("$.detail").value(containsString("terms")))
        .andExpect(jsonPath("$.detail").value(containsString("billingFrequencies")));
    // a monthly term is billed monthly: an offer that only bills annually is no offer
    problem(perform(json(as("petra", put("/api/offers/{o}", offer)), object("name", "x",
        "publisher", "y", "terms", List.of("MONTHLY"), "billingFrequencies",
        List.of("ANNUAL")))), 400, "malformed-request");
    problem(perform(json(as("petra", put("/api/offers/{o}", offer)), object("name", "x",
        "publisher", "y", "terms", List.of("WEEKLY"), "billingFrequencies",
        List.of("MONTHLY")))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("terms")));
  }

  // ------------------------------------------------------------------ U-1: buying

  @Test
  void aPartnerBuysASubscriptionForACustomerPendingWithItsWindowOpen_U1() throws Exception {
    String customer = customer();
    MvcResult result = perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        object("customer", customer, "offer", CRM, "quantity", 5, "term", "monthly",
            "billingFrequency", "monthly", "nickname", "Vertrieb", "indirectReseller",
            "seeblick-web")))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION,
            startsWith("http://localhost/api/subscriptions/")))
        .andExpect(jsonPath("$.partner").value(ALPINE))
        .andExpect(jsonPath("$.customer").value(customer))
        .andExpect(jsonPath("$.offer").value(CRM))
        .andExpect(jsonPath("$.offerName").value("Matterhorn CRM Suite"))
        .andExpect(jsonPath("$.publisher").value("Matterhorn Software AG"))
        .andExpect(jsonPath("$.quantity").value(5))
        .andExpect(jsonPath("$.term").value("MONTHLY"))
        .andExpect(jsonPath("$.billingFrequency").value("MONTHLY"))
        .andExpect(jsonPath("$.autoRenew").value(true))
        .andExpect(jsonPath("$.nickname").value("Vertrieb"))
        .andExpect(jsonPath("$.indirectReseller").value("seeblick-web"))
        .andExpect(jsonPath("$.status").value("PENDING_ACTIVATION"))
        .andExpect(jsonPath("$.activation").value(nullValue()))
        .andExpect(jsonPath("$.termNumber").value(0))
        .andExpect(jsonPath("$.termEndsAt").value(nullValue()))
        .andReturn();
    DocumentContext bought = JsonPath.parse(body(result));
    String id = bought.read("$.id");
    assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/" + id);
    // U-3: the window opens at the purchase, 72 hours for a monthly term
    assertThat(instant(bought, "$.cancellationWindowClosesAt"))
        .isEqualTo(instant(bought, "$.purchasedAt").plus(Duration.ofHours(72)));

    DocumentContext details = details("anna", id);
    assertThat(details.read("$.subscription", Object.class))
        .isEqualTo(bought.read("$", Object.class));
    assertThat(strings(details, "$.history[*].change")).containsExactly("PURCHASED");
    assertThat(details.read("$.history[0].by", String.class)).contains("anna");

    DocumentContext listed = read("anna", "/api/partners/{p}/subscriptions?customer={c}"
        + "&status=pending_activation,active&size=10", ALPINE, customer);
    assertThat(listed.read("$.total", Long.class)).isEqualTo(1L);
    assertThat(listed.read("$.items[0].id", String.class)).isEqualTo(id);
    assertThat(read("anna", "/api/partners/{p}/subscriptions?customer={c}&status=ACTIVE",
        ALPINE, customer).read("$.total", Long.class)).isZero();
  }

  @Test
  void everyPartnerRoleBuysAutoRenewOnUnlessSwitchedOff_U1_U5() throws Exception {
    for (String user : List.of("anna", "andri", "alina")) {
      buy(user, purchase(customer(), ARCHIVE, 3, "ANNUAL", "ANNUAL"));
    }
    Map<String, Object> body = purchase(customer(), CRM, 1, "ANNUAL", "ANNUAL");
    body.put("autoRenew", false);
    assertThat(buy("alina", body).read("$.autoRenew", Boolean.class)).isFalse();
  }

  @Test
  void aRefusedPurchaseNamesEveryReasonAndStoresNothing_U1() throws Exception {
    String customer = customer();
    // an annual-only offer, billed annually: a monthly term billed monthly, no licences
    Map<String, Object> refusedBody = purchase(customer, ARCHIVE, 0, "MONTHLY", "MONTHLY");
    refusedBody.put("indirectReseller", "x".repeat(65));
    refused(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        refusedBody)), 422, ReasonCode.TERM_NOT_OFFERED)
        .andExpect(jsonPath("$.rules").value(hasItem("U-1")))
        .andExpect(jsonPath("$.reasons[*].code").value(hasItem("TERM_NOT_OFFERED")))
        .andExpect(jsonPath("$.reasons[*].code").value(hasItem("BILLING_FREQUENCY_NOT_OFFERED")))
        .andExpect(jsonPath("$.reasons[*].code").value(hasItem("LICENCE_QUANTITY_OUT_OF_RANGE")));
    refused(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        purchase(customer, "no-such-offer", 1, "MONTHLY", "MONTHLY"))), 422,
        ReasonCode.OFFER_UNKNOWN);
    refused(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        purchase(customer, CRM, 1001, "MONTHLY", "MONTHLY"))), 422,
        ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
    // a monthly term is not billed annually
    refused(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        purchase(customer, CRM, 1, "MONTHLY", "ANNUAL"))), 422,
        ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    problem(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        object("offer", CRM))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("customer")))
        .andExpect(jsonPath("$.detail").value(containsString("quantity")))
        .andExpect(jsonPath("$.detail").value(containsString("term")))
        .andExpect(jsonPath("$.detail").value(containsString("billingFrequency")));
    problem(perform(json(as("anna", post("/api/partners/{p}/subscriptions", ALPINE)),
        purchase(customer, CRM, 1, "WEEKLY", "MONTHLY"))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("term")));
    assertThat(read("anna", "/api/partners/{p}/subscriptions?customer={c}", ALPINE, customer)
        .read("$.total", Long.class)).isZero();
  }

  @Test
  void staffDoNotBuyAndAnotherPartnerIsNotFound_U1_A1() throws Exception {
    Map<String, Object> body = purchase(customer(), CRM, 1, "MONTHLY", "MONTHLY");
    refused(perform(json(as("petra", post("/api/partners/{p}/subscriptions", ALPINE)), body)),
        403, ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("bea", post("/api/partners/{p}/subscriptions", ALPINE)), body)),
        404, ReasonCode.NOT_FOUND);
    refused(perform(as("bea", get("/api/partners/{p}/subscriptions", ALPINE))), 404,
        ReasonCode.NOT_FOUND);
    problem(perform(json(post("/api/partners/{p}/subscriptions", ALPINE), body)), 401,
        "unauthenticated");
    problem(perform(as("anna", get("/api/partners/{p}/subscriptions?status=RUNNING", ALPINE))),
        400, "malformed-request");
    problem(perform(as("anna", get("/api/partners/{p}/subscriptions?size=0", ALPINE))),
        400, "malformed-request");
  }

  // ------------------------------------------------------------------ U-2: activation

  @Test
  void thePublishersConfirmationStartsBillingAndTheFirstTerm_U2() throws Exception {
    String id = buyMonthly();
    DocumentContext before = details("anna", id);
    MvcResult result = activate("petra", id, confirmation())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.activation.publisherLink")
            .value("https://crm.publisher.example/activate?purchase=4711"))
        .andExpect(jsonPath("$.termNumber").value(1))
        .andExpect(content().string(not(containsString("AUTH-SECRET-4711"))))
        .andReturn();
    DocumentContext active = JsonPath.parse(body(result));
    Instant billingStart = instant(active, "$.activation.billingStartedAt");
    assertThat(instant(active, "$.termStartedAt")).isEqualTo(billingStart);
    assertThat(instant(active, "$.termEndsAt")).isEqualTo(billingStart
        .atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
    // the window still counts from the purchase (U-3)
    assertThat(instant(active, "$.cancellationWindowClosesAt"))
        .isEqualTo(instant(before, "$.subscription.cancellationWindowClosesAt"));
    DocumentContext details = details("anna", id);
    assertThat(strings(details, "$.history[*].change")).containsExactly("PURCHASED",
        "ACTIVATED");
    assertThat(details.read("$.history[1].by", String.class)).contains("petra");
    assertThat(body(perform(as("anna", get("/api/subscriptions/{s}", id))).andReturn()))
        .doesNotContain("AUTH-SECRET-4711");

    // SUPPORT confirms too; a confirmed subscription is not activated again
    refused(activate("sven", id, confirmation()), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    activate("sven", buyMonthly(), confirmation()).andExpect(status().isOk());
  }

  @Test
  void anActivationIsRefusedWithEveryReasonAndChangesNothing_U2() throws Exception {
    String id = buyMonthly();
    Object before = state(id);
    // a partner's user does not confirm for the publisher
    refused(activate("anna", id, confirmation()), 403, ReasonCode.NOT_PERMITTED);
    Map<String, Object> unconfirmed = confirmation();
    unconfirmed.put("licencesAssigned", false);
    unconfirmed.put("accountSetUp", false);
    refused(activate("petra", id, unconfirmed), 409, ReasonCode.ACTIVATION_NOT_CONFIRMED)
        .andExpect(jsonPath("$.reasons.length()").value(2));
    Map<String, Object> ftp = confirmation();
    ftp.put("publisherLink", "ftp://crm.publisher.example/4711");
    ftp.put("authorisationCode", " ");
    refused(activate("petra", id, ftp), 422, ReasonCode.INVALID_INPUT)
        .andExpect(jsonPath("$.reasons.length()").value(2));
    problem(activate("petra", id, object("publisherLink", "https://x.example/")), 400,
        "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("authorisationCode")))
        .andExpect(jsonPath("$.detail").value(containsString("licencesAssigned")))
        .andExpect(jsonPath("$.detail").value(containsString("accountSetUp")));
    Map<String, Object> notALink = confirmation();
    notALink.put("publisherLink", "https://bad link");
    problem(activate("petra", id, notALink), 400, "malformed-request");
    assertThat(state(id)).isEqualTo(before);
  }

  // ------------------------------------------------------------------ U-3: licences, window

  @Test
  void licencesGoUpAnytimeAndDownOnlyInsideTheMonthlyWindowOf72Hours_U3() throws Exception {
    String id = buyMonthly();
    // while pending: more and fewer
    quantity("anna", id, 8).andExpect(status().isOk()).andExpect(jsonPath("$.quantity").value(8));
    quantity("andri", id, 6).andExpect(status().isOk()).andExpect(jsonPath("$.quantity").value(6));
    activated(id);
    clock.advance(Duration.ofHours(71));
    quantity("anna", id, 4).andExpect(status().isOk()).andExpect(jsonPath("$.quantity").value(4));
    clock.advance(Duration.ofHours(2));
    Object before = state(id);
    refused(quantity("anna", id, 3), 409, ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED)
        .andExpect(jsonPath("$.rules").value(hasItem("U-3")));
    refused(cancel("anna", id), 409, ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    assertThat(state(id)).isEqualTo(before);
    perform(as("anna", get("/api/subscriptions/{s}", id)))
        .andExpect(jsonPath("$.subscription.cancellationWindowClosesAt").value(nullValue()));
    quantity("anna", id, 12).andExpect(status().isOk())
        .andExpect(jsonPath("$.quantity").value(12));
    // out of range (the offer allows 1..1000), and the same number again
    refused(quantity("anna", id, 1001), 422, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE);
    refused(quantity("anna", id, 12), 422, ReasonCode.INVALID_INPUT);
    problem(perform(json(as("anna", put("/api/subscriptions/{s}/quantity", id)),
        object("why", "no number"))), 400, "malformed-request");
    assertThat(strings(details("anna", id), "$.history[*].change")).containsExactly(
        "PURCHASED", "QUANTITY_CHANGED", "QUANTITY_CHANGED", "ACTIVATED", "QUANTITY_CHANGED",
        "QUANTITY_CHANGED");
  }

  @Test
  void theAnnualWindowIsSevenDays_U3() throws Exception {
    String id = buyAnnual();
    activated(id);
    clock.advance(Duration.ofDays(6).plusHours(23));
    quantity("anna", id, 4).andExpect(status().isOk());
    clock.advance(Duration.ofHours(2));
    refused(quantity("anna", id, 3), 409, ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    refused(cancel("andri", id), 409, ReasonCode.SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED);
    perform(as("anna", get("/api/subscriptions/{s}", id)))
        .andExpect(jsonPath("$.subscription.status").value("ACTIVE"));
  }

  @Test
  void anActiveOrSuspendedSubscriptionIsCancelledInsideTheWindow_U3() throws Exception {
    String pending = buyMonthly();
    refused(cancel("anna", pending), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);

    String id = buyMonthly();
    activated(id);
    cancel("anna", id).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    refused(quantity("anna", id, 9), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    refused(cancel("anna", id), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);

    String suspended = buyAnnual();
    activated(suspended);
    suspend("anna", suspended).andExpect(status().isOk());
    perform(as("andri", post("/api/subscriptions/{s}/cancellation", suspended)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    DocumentContext details = details("anna", suspended);
    assertThat(strings(details, "$.history[*].change")).containsExactly("PURCHASED",
        "ACTIVATED", "SUSPENDED", "CANCELLED");
    assertThat(details.read("$.history[3].why", String.class)).isEqualTo("cancelled");
  }

  @Test
  void aRefusalListsEveryReason_U3_U5() throws Exception {
    String id = buyMonthly();
    clock.advance(Duration.ofHours(73));
    // a sales agent, a pending subscription, the window closed: three reasons at once
    refused(cancel("alina", id), 403, ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED)
        .andExpect(jsonPath("$.rules").value(hasItem("U-2")))
        .andExpect(jsonPath("$.rules").value(hasItem("U-3")))
        .andExpect(jsonPath("$.rules").value(hasItem("U-5")))
        .andExpect(jsonPath("$.reasons[*].code").value(hasItem("SUBSCRIPTION_MOVE_NOT_ALLOWED")))
        .andExpect(jsonPath("$.reasons[*].code")
            .value(hasItem("SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED")))
        .andExpect(jsonPath("$.reasons.length()").value(3));
  }

  // ------------------------------------------------------------------ U-4: term ends

  @Test
  void atTermEndWithAutoRenewOnItRenewsAndOpensANewWindowBeforeAnySweep_U4() throws Exception {
    String id = buyMonthly();
    Instant termEnd = instant(activated(id), "$.termEndsAt");
    advanceTo(termEnd, Duration.ofHours(1));

    DocumentContext renewed = details("anna", id);
    assertThat(renewed.read("$.subscription.status", String.class)).isEqualTo("ACTIVE");
    assertThat(renewed.read("$.subscription.termNumber", Integer.class)).isEqualTo(2);
    assertThat(instant(renewed, "$.subscription.termStartedAt")).isEqualTo(termEnd);
    assertThat(instant(renewed, "$.subscription.cancellationWindowClosesAt"))
        .isEqualTo(termEnd.plus(Duration.ofHours(72)));
    assertThat(strings(renewed, "$.history[*].change")).containsExactly("PURCHASED",
        "ACTIVATED", "RENEWED");
    assertThat(renewed.read("$.history[2].by", String.class)).isEqualTo("term-end");
    assertThat(instant(renewed, "$.history[2].at")).isEqualTo(termEnd);
    DocumentContext listed = read("anna", "/api/partners/{p}/subscriptions?status=ACTIVE"
        + "&size=500", ALPINE);
    assertThat(strings(listed, "$.items[?(@.id == '" + id + "')].termNumber"))
        .containsExactly("2");

    // the new window lets licences go down again
    quantity("anna", id, 2).andExpect(status().isOk())
        .andExpect(jsonPath("$.termNumber").value(2));
    assertThat(strings(details("anna", id), "$.history[*].change")).containsExactly(
        "PURCHASED", "ACTIVATED", "RENEWED", "QUANTITY_CHANGED");
  }

  @Test
  void theSweepWritesWhatReadsShowedAndIsRunByStaff_U4() throws Exception {
    String id = buyMonthly();
    Instant termEnd = instant(activated(id), "$.termEndsAt");
    advanceTo(termEnd, Duration.ofMinutes(5));
    Object shown = details("anna", id).read("$");
    DocumentContext swept = JsonPath.parse(body(perform(json(as("sven",
        post("/api/subscription-sweeps")), object("limit", 500)))
        .andExpect(status().isOk()).andReturn()));
    assertThat(swept.read("$.renewals", Integer.class)).isPositive();
    assertThat(details("anna", id).read("$", Object.class)).isEqualTo(shown);
    perform(as("petra", post("/api/subscription-sweeps"))).andExpect(status().isOk());

    refused(perform(as("anna", post("/api/subscription-sweeps"))), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(as("petra", post("/api/subscription-sweeps")), object("limit", 0))),
        422, ReasonCode.INVALID_INPUT);
  }

  @Test
  void withAutoRenewOffItExpiresAtTermEndBeforeAnySweep_U4() throws Exception {
    String id = buyMonthly();
    Instant termEnd = instant(activated(id), "$.termEndsAt");
    autoRenew("andri", id, false).andExpect(status().isOk())
        .andExpect(jsonPath("$.autoRenew").value(false));
    refused(autoRenew("anna", id, false), 422, ReasonCode.INVALID_INPUT);
    advanceTo(termEnd, Duration.ofHours(1));

    DocumentContext expired = details("anna", id);
    assertThat(expired.read("$.subscription.status", String.class)).isEqualTo("EXPIRED");
    assertThat(strings(expired, "$.history[*].change")).containsExactly("PURCHASED",
        "ACTIVATED", "AUTO_RENEW_SWITCHED", "EXPIRED");
    assertThat(expired.read("$.history[3].by", String.class)).isEqualTo("term-end");
    assertThat(instant(expired, "$.history[3].at")).isEqualTo(termEnd);
    assertThat(strings(read("anna", "/api/partners/{p}/subscriptions?status=EXPIRED&size=500",
        ALPINE), "$.items[*].id")).contains(id);
    assertThat(strings(read("anna", "/api/partners/{p}/subscriptions?status=ACTIVE&size=500",
        ALPINE), "$.items[*].id")).doesNotContain(id);

    refused(quantity("anna", id, 9), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    refused(autoRenew("anna", id, true), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    refused(suspend("anna", id), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    problem(perform(json(as("anna", put("/api/subscriptions/{s}/auto-renew", id)),
        object("why", "x"))), 400, "malformed-request");
  }

  // ------------------------------------------------------------------ U-1, U-5: settings

  @Test
  void billingFrequencyNicknameAndIndirectResellerChange_U1() throws Exception {
    String id = buyAnnual();
    billing("anna", id, "annual").andExpect(status().isOk())
        .andExpect(jsonPath("$.billingFrequency").value("ANNUAL"));
    refused(billing("anna", id, "ANNUAL"), 422, ReasonCode.INVALID_INPUT);
    refused(billing("anna", buyMonthly(), "ANNUAL"), 422,
        ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    String archive = buy("anna", purchase(customer(), ARCHIVE, 1, "ANNUAL", "ANNUAL"))
        .read("$.id");
    refused(billing("anna", archive, "MONTHLY"), 422, ReasonCode.BILLING_FREQUENCY_NOT_OFFERED);
    problem(billing("anna", id, "WEEKLY"), 400, "malformed-request");

    nickname("andri", id, "  Filiale Thun ").andExpect(status().isOk())
        .andExpect(jsonPath("$.nickname").value("Filiale Thun"));
    refused(nickname("anna", id, "Filiale Thun"), 422, ReasonCode.INVALID_INPUT);
    refused(nickname("anna", id, "n".repeat(101)), 422, ReasonCode.INVALID_INPUT);
    nickname("anna", id, "").andExpect(status().isOk())
        .andExpect(jsonPath("$.nickname").value(nullValue()));
    problem(perform(json(as("anna", put("/api/subscriptions/{s}/nickname", id)), object())),
        400, "malformed-request");

    reseller("anna", id, "gipfel-digital").andExpect(status().isOk())
        .andExpect(jsonPath("$.indirectReseller").value("gipfel-digital"));
    refused(reseller("anna", id, "r".repeat(65)), 422, ReasonCode.INVALID_INPUT);
    reseller("anna", id, " ").andExpect(status().isOk())
        .andExpect(jsonPath("$.indirectReseller").value(nullValue()));
    assertThat(strings(details("anna", id), "$.history[*].change")).containsExactly(
        "PURCHASED", "BILLING_FREQUENCY_CHANGED", "NICKNAME_CHANGED", "NICKNAME_CHANGED",
        "INDIRECT_RESELLER_CHANGED", "INDIRECT_RESELLER_CHANGED");
  }

  // ------------------------------------------------------------------ U-2: suspension

  @Test
  void partnerAdminsAndStaffSuspendAndReactivate_U2() throws Exception {
    String id = buyAnnual();
    refused(suspend("anna", id), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    activated(id);
    suspend("anna", id).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUSPENDED"));
    // a suspended subscription is reactivated before it gets more licences
    refused(quantity("anna", id, 9), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    refused(suspend("anna", id), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    refused(reactivate("alina", id), 403, ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    perform(json(as("sven", post("/api/subscriptions/{s}/reactivation", id)),
        object("why", "invoice paid"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    perform(json(as("petra", post("/api/subscriptions/{s}/suspension", id)),
        object("why", "invoice unpaid"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUSPENDED"));
    reactivate("andri", id).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    refused(reactivate("andri", id), 409, ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED);
    DocumentContext details = details("anna", id);
    assertThat(strings(details, "$.history[*].change")).containsExactly("PURCHASED",
        "ACTIVATED", "SUSPENDED", "REACTIVATED", "SUSPENDED", "REACTIVATED");
    assertThat(details.read("$.history[4].why", String.class)).isEqualTo("invoice unpaid");
    assertThat(details.read("$.history[4].by", String.class)).contains("petra");
  }

  // ------------------------------------------------------------------ U-5, A-1: who

  @Test
  void aSalesAgentBuysAndReadsButChangesNothing_U5() throws Exception {
    String id = buy("alina", purchase(customer(), CRM, 5, "ANNUAL", "MONTHLY")).read("$.id");
    activated(id);
    Object before = state(id);
    perform(as("alina", get("/api/subscriptions/{s}", id))).andExpect(status().isOk());
    List<ResultActions> changes = List.of(quantity("alina", id, 6), quantity("alina", id, 4),
        cancel("alina", id), autoRenew("alina", id, false), billing("alina", id, "ANNUAL"),
        nickname("alina", id, "mine"), reseller("alina", id, "gipfel-digital"),
        suspend("alina", id));
    for (ResultActions change : changes) {
      refused(change, 403, ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED)
          .andExpect(jsonPath("$.rules").value(hasItem("U-5")))
          .andExpect(jsonPath("$.detail").value(containsString("sales agent")));
    }
    assertThat(state(id)).isEqualTo(before);
    // vendor staff do not change licences either (U-5: the partner's admins do)
    refused(quantity("petra", id, 6), 403, ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void anotherPartnersSubscriptionIsNotFoundLikeAMissingOne_A1() throws Exception {
    String id = buyMonthly();
    Object before = state(id);
    String missing = UUID.randomUUID().toString();
    assertThat(withoutInstance(refused(perform(as("bea", get("/api/subscriptions/{s}", id))),
        404, ReasonCode.NOT_FOUND))).isEqualTo(withoutInstance(refused(perform(as("bea",
        get("/api/subscriptions/{s}", missing))), 404, ReasonCode.NOT_FOUND)));
    for (String subscription : List.of(id, missing)) {
      List<MockHttpServletRequestBuilder> requests = List.of(
          json(as("bea", put("/api/subscriptions/{s}/quantity", subscription)),
              object("quantity", 9)),
          json(as("bea", post("/api/subscriptions/{s}/cancellation", subscription)), object()),
          json(as("bea", put("/api/subscriptions/{s}/auto-renew", subscription)),
              object("autoRenew", false)),
          json(as("bea", put("/api/subscriptions/{s}/billing-frequency", subscription)),
              object("billingFrequency", "MONTHLY")),
          json(as("bea", put("/api/subscriptions/{s}/nickname", subscription)),
              object("nickname", "x")),
          json(as("bea", put("/api/subscriptions/{s}/indirect-reseller", subscription)),
              object("indirectReseller", "x")),
          as("bea", post("/api/subscriptions/{s}/suspension", subscription)),
          as("bea", post("/api/subscriptions/{s}/reactivation", subscription)));
      for (MockHttpServletRequestBuilder request : requests) {
        refused(perform(request), 404, ReasonCode.NOT_FOUND);
      }
    }
    assertThat(state(id)).isEqualTo(before);
    problem(perform(as("anna", get("/api/subscriptions/{s}", "x".repeat(65)))), 400,
        "malformed-request");
    problem(perform(get("/api/subscriptions/{s}", id)), 401, "unauthenticated");
  }
}
