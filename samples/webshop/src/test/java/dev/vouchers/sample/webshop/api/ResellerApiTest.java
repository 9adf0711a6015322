// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The reseller programme through the API: applications and their moves with every
 * refusal, customers signed up, moved into a console, moved by support and released, and the
 * discount from the link onwards, never retroactively; another partner's application or
 * customer answers 404 like a missing one.
 *
 * <p>The API tests share one database, and an approved application is final: Alpine Hosting
 * (anna ADMIN, andri ADMIN_AGENT, alina SALES_AGENT) is walked to APPROVED once and stays a
 * reseller, Gipfel Digital is the demo's seeded reseller, and Bergsicht IT (bea ADMIN, boris
 * ADMIN_AGENT) and Seeblick Web (sina ADMIN) get a fresh application whenever a test needs one
 * (an open one left behind is rejected first), never an approval.
 */
class ResellerApiTest extends ApiTestBase {
  private static final String GIPFEL = "gipfel-digital";
  private static final String SEEBLICK = "seeblick-web";
  private static final String OPEN = "SUBMITTED,CONTRACT_SENT,CONTRACT_SIGNED";

  @Autowired
  DemoCustomers customers;

  // ---------------------------------------------------------------- helpers

  /** The partner's open or approved application as the partner manager sees it, if any. */
  private @Nullable Map<String, Object> active(String partner) throws Exception {
    List<Map<String, Object>> active = read("petra",
        "/api/reseller-applications?status=" + OPEN + ",APPROVED")
        .read("$.items[?(@.partner == '" + partner + "')]");
    assertThat(active).hasSizeLessThanOrEqualTo(1);
    return active.isEmpty() ? null : active.get(0);
  }

  /** Rejects what is open of the partner's, then its admin applies; the new application's id. */
  private String fresh(String partner, String admin) throws Exception {
    Map<String, Object> active = active(partner);
    if (active != null) {
      assertThat(active.get("status")).as("this test class never approves " + partner)
          .isNotEqualTo("APPROVED");
      perform(json(as("petra", post("/api/reseller-applications/{a}/rejection",
          active.get("id"))), object("why", "cleared for the next test")))
          .andExpect(status().isOk());
    }
    MvcResult applied = perform(json(as(admin, post("/api/reseller-applications")),
        object("partner", partner)))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION,
            startsWith("http://localhost/api/reseller-applications/")))
        .andExpect(jsonPath("$.partner").value(partner))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.submittedBy").value("partner:" + partner + "/" + admin + "(ADMIN)"))
        .andExpect(jsonPath("$.discountPercent").value(nullValue()))
        .andReturn();
    return JsonPath.parse(body(applied)).read("$.id");
  }

  /**
   * The partner as an approved reseller: walked SUBMITTED → CONTRACT_SENT (petra) →
   * CONTRACT_SIGNED (its admin) → APPROVED with 10 % (petra) unless it is one already.
   */
  private String approved(String partner, String admin) throws Exception {
    Map<String, Object> active = active(partner);
    if (active != null && "APPROVED".equals(active.get("status"))) {
      return (String) active.get("id");
    }
    String id = fresh(partner, admin);
    perform(json(as("petra", post("/api/reseller-applications/{a}/contract", id)),
        object("documentReference", "DMS-CONTRACT-" + partner)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SENT"));
    perform(json(as(admin, post("/api/reseller-applications/{a}/signed-contract", id)),
        object("documentReference", "upload-signed-" + partner + ".pdf")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
    perform(json(as("petra", post("/api/reseller-applications/{a}/approval", id)),
        object("discountPercent", "10")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.discountPercent").value("10"));
    return id;
  }

  private String alpine() throws Exception {
    return approved(ALPINE, "anna");
  }

  /** Signs a customer up through the API (no header); its id. */
  private String signUp(String name, @Nullable String reseller) throws Exception {
    Map<String, Object> body = reseller == null ? object("name", name)
        : object("name", name, "reseller", reseller);
    MvcResult done = perform(json(post("/api/customers/sign-up"), body))
        .andExpect(status().isCreated()).andReturn();
    return JsonPath.parse(body(done)).read("$.customer.id");
  }

  /** Sets the reseller's discount as the partner manager. */
  private void discount(String reseller, Object percent) throws Exception {
    perform(json(as("petra", put("/api/resellers/{p}/discount", reseller)),
        object("percent", percent))).andExpect(status().isOk());
  }

  private ResultActions transfer(String user, String reseller, String customer)
      throws Exception {
    return perform(json(as(user, post("/api/resellers/{p}/customers", reseller)),
        object("customer", customer)));
  }

  private ResultActions price(String user, String customer, String amount) throws Exception {
    return perform(json(as(user, post("/api/customers/{c}/purchase-quotes", customer)),
        object("listPrice", object("amount", amount, "currency", "CHF"))));
  }

  private DocumentContext discountAt(String user, String customer, Instant at) throws Exception {
    return read(user, "/api/customers/{c}/reseller-discount?at=" + at, customer);
  }

  /** Ends the customer's current link as the user, saying why. */
  private ResultActions release(String user, String customer, String why) throws Exception {
    return perform(as(user, delete("/api/customers/{c}/reseller-link", customer)
        .param("why", why)));
  }

  /** Every reason code of a refusal. */
  private static List<String> reasons(ResultActions result) throws Exception {
    return JsonPath.parse(body(result.andReturn())).read("$.reasons[*].code");
  }

  // ----------------------------------------------------------------

  @Test
  void anApplicationIsApprovedThroughEveryStateAndEachMoveIsInTheHistory_R1() throws Exception {
    String id = alpine();
    DocumentContext details = read("anna", "/api/reseller-applications/{a}", id);
    assertThat(details.read("$.application.status", String.class)).isEqualTo("APPROVED");
    assertThat(details.read("$.application.submittedBy", String.class))
        .isEqualTo("partner:alpine-hosting/anna(ADMIN)");
    assertThat(strings(details, "$.history[*].from"))
        .containsExactly("SUBMITTED", "CONTRACT_SENT", "CONTRACT_SIGNED");
    assertThat(strings(details, "$.history[*].to"))
        .containsExactly("CONTRACT_SENT", "CONTRACT_SIGNED", "APPROVED");
    assertThat(strings(details, "$.history[*].by")).containsExactly(
        "vendor:petra[PARTNER_MANAGER]", "partner:alpine-hosting/anna(ADMIN)",
        "vendor:petra[PARTNER_MANAGER]");
    assertThat(strings(details, "$.history[*].why"))
        .containsExactly("contract sent", "contract signed", "approved");
    Map<String, Object> contract = details.read("$.history[0].data");
    Map<String, Object> signed = details.read("$.history[1].data");
    Map<String, Object> approval = details.read("$.history[2].data");
    assertThat(contract).isEqualTo(Map.of("contract", "DMS-CONTRACT-alpine-hosting"));
    assertThat(signed).isEqualTo(Map.of("signedContract", "upload-signed-alpine-hosting.pdf"));
    assertThat(approval).isEqualTo(Map.of("discount", "10"));
    List<String> at = details.read("$.history[*].at");
    assertThat(at).isSortedAccordingTo(String::compareTo);
    // the approval's discount is the first discount change
    assertThat(details.read("$.discounts[0].from", String.class)).isNull();
    assertThat(details.read("$.discounts[0].to", String.class)).isEqualTo("10");
    assertThat(details.read("$.discounts[0].by", String.class))
        .isEqualTo("vendor:petra[PARTNER_MANAGER]");
    // vendor support and the partner's other users read it too
    for (String user : List.of("sven", "andri", "alina")) {
      read(user, "/api/reseller-applications/{a}", id);
    }
  }

  @Test
  void aMoveFromTheWrongStateIsRefusedWithEveryReasonAndChangesNothing_R1() throws Exception {
    String id = fresh(BERGSICHT, "bea");
    DocumentContext before = read("petra", "/api/reseller-applications/{a}", id);
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/signed-contract", id)),
        object("documentReference", "signed.pdf"))), 409, ReasonCode.APPLICATION_MOVE_NOT_ALLOWED)
        .andExpect(jsonPath("$.rules", containsInAnyOrder("R-1")))
        .andExpect(jsonPath("$.detail").value(
            "a SUBMITTED application cannot move to CONTRACT_SIGNED"));
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/approval", id)),
        object("discountPercent", 10))), 409, ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    // every reason at once: the wrong state, the wrong role, a discount out of range
    ResultActions all = refused(perform(json(as("sven",
        post("/api/reseller-applications/{a}/approval", id)),
        object("discountPercent", "150"))), 403, ReasonCode.NOT_PERMITTED);
    assertThat(reasons(all)).containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED.name(),
        ReasonCode.NOT_PERMITTED.name(), ReasonCode.INVALID_INPUT.name());
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/contract", id)),
        object("documentReference", " "))), 422, ReasonCode.INVALID_INPUT);
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/contract", id)),
        object("documentReference", "x".repeat(201)))), 422, ReasonCode.INVALID_INPUT);
    problem(perform(json(as("petra", post("/api/reseller-applications/{a}/contract", id)),
        object())), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value("missing in the request body: documentReference"));
    assertThat(read("petra", "/api/reseller-applications/{a}", id).jsonString())
        .isEqualTo(before.jsonString());

    // a partner with an open application cannot apply again
    refused(perform(json(as("bea", post("/api/reseller-applications")),
        object("partner", BERGSICHT))), 409, ReasonCode.ALREADY_APPLIED);
    // REJECTED is final; then the partner may apply again
    perform(json(as("petra", post("/api/reseller-applications/{a}/rejection", id)),
        object("why", "incomplete references")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
    ResultActions again = refused(perform(json(as("petra",
        post("/api/reseller-applications/{a}/rejection", id)), object("why", "twice"))), 409,
        ReasonCode.APPLICATION_MOVE_NOT_ALLOWED)
        .andExpect(jsonPath("$.detail").value(
            "a REJECTED application cannot move to REJECTED (REJECTED is final)"));
    assertThat(reasons(again)).containsExactly(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED.name());
    String next = fresh(BERGSICHT, "bea");
    assertThat(next).isNotEqualTo(id);
    // APPROVED is final too, and an approved reseller cannot apply again
    String approved = alpine();
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/rejection",
        approved)), object("why", "changed our mind"))), 409,
        ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    refused(perform(json(as("anna", post("/api/reseller-applications")),
        object("partner", ALPINE))), 409, ReasonCode.ALREADY_APPLIED)
        .andExpect(jsonPath("$.detail").value("the partner is a reseller already"));
  }

  @Test
  void theApplicantsGlobalAdminOrAPartnerManagerRecordsTheSignedContract_R1() throws Exception {
    String id = fresh(SEEBLICK, "sina");
    refused(perform(json(as("sina", post("/api/reseller-applications/{a}/contract", id)),
        object("documentReference", "mine"))), 403, ReasonCode.NOT_PERMITTED)
        .andExpect(jsonPath("$.detail").value("only a partner manager sends the contract"));
    perform(json(as("petra", post("/api/reseller-applications/{a}/contract", id)),
        object("documentReference", "DMS-77")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SENT"));
    for (String user : List.of("stefan", "sara", "sven")) { // ADMIN_AGENT, SALES_AGENT, SUPPORT
      refused(perform(json(as(user, post("/api/reseller-applications/{a}/signed-contract", id)),
          object("documentReference", "signed.pdf"))), 403, ReasonCode.NOT_PERMITTED);
    }
    perform(json(as("sina", post("/api/reseller-applications/{a}/signed-contract", id)),
        object("documentReference", "signed.pdf")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
    DocumentContext details = read("sina", "/api/reseller-applications/{a}", id);
    assertThat(strings(details, "$.history[*].by")).containsExactly(
        "vendor:petra[PARTNER_MANAGER]", "partner:seeblick-web/sina(ADMIN)");
    assertThat(details.read("$.history[1].data.signedContract", String.class))
        .isEqualTo("signed.pdf");
    // only a partner manager approves and rejects
    for (String user : List.of("sina", "sven")) {
      refused(perform(json(as(user, post("/api/reseller-applications/{a}/approval", id)),
          object())), 403, ReasonCode.NOT_PERMITTED);
      refused(perform(json(as(user, post("/api/reseller-applications/{a}/rejection", id)),
          object("why", "no"))), 403, ReasonCode.NOT_PERMITTED);
    }
    refused(perform(json(as("petra", post("/api/reseller-applications/{a}/rejection", id)),
        object("why", "  "))), 422, ReasonCode.INVALID_INPUT);
    problem(perform(json(as("petra", post("/api/reseller-applications/{a}/rejection", id)),
        object())), 400, "malformed-request");
    perform(json(as("petra", post("/api/reseller-applications/{a}/rejection", id)),
        object("why", "no reseller contract for this region")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
    details = read("petra", "/api/reseller-applications/{a}", id);
    assertThat(details.read("$.history[2].from", String.class)).isEqualTo("CONTRACT_SIGNED");
    assertThat(details.read("$.history[2].why", String.class))
        .isEqualTo("no reseller contract for this region");
    assertThat(details.read("$.history[2].by", String.class))
        .isEqualTo("vendor:petra[PARTNER_MANAGER]");
  }

  @Test
  void onlyThePartnersGlobalAdminApplies_R1() throws Exception {
    fresh(SEEBLICK, "sina");
    for (String user : List.of("stefan", "sara", "petra", "sven")) {
      ResultActions refusal = refused(perform(json(as(user, post("/api/reseller-applications")),
          object("partner", SEEBLICK))), 403, ReasonCode.NOT_PERMITTED);
      // every reason: the role, and the open application
      assertThat(reasons(refusal)).containsExactly(ReasonCode.NOT_PERMITTED.name(),
          ReasonCode.ALREADY_APPLIED.name());
    }
    problem(perform(json(post("/api/reseller-applications"), object("partner", SEEBLICK))), 401,
        "unauthenticated");
    problem(perform(json(as("sina", post("/api/reseller-applications")), object())), 400,
        "malformed-request");
  }

  @Test
  void anotherPartnersApplicationAnswersLikeAMissingOne_A1() throws Exception {
    String alpine = alpine();
    String missing = "no-such-application";
    assertThat(withoutInstance(refused(perform(as("bea",
        get("/api/reseller-applications/{a}", alpine))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("bea",
            get("/api/reseller-applications/{a}", missing)))));
    for (String move : List.of("contract", "signed-contract")) {
      assertThat(withoutInstance(refused(perform(json(as("bea",
          post("/api/reseller-applications/{a}/" + move, alpine)),
          object("documentReference", "x"))), 404, ReasonCode.NOT_FOUND)))
          .isEqualTo(withoutInstance(perform(json(as("bea",
              post("/api/reseller-applications/{a}/" + move, missing)),
              object("documentReference", "x")))));
    }
    refused(perform(json(as("bea", post("/api/reseller-applications/{a}/approval", alpine)),
        object())), 404, ReasonCode.NOT_FOUND);
    refused(perform(json(as("bea", post("/api/reseller-applications/{a}/rejection", alpine)),
        object("why", "x"))), 404, ReasonCode.NOT_FOUND);
    // applying for another partner: like a missing partner
    assertThat(withoutInstance(refused(perform(json(as("bea", post("/api/reseller-applications")),
        object("partner", ALPINE))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(as("bea", post("/api/reseller-applications")),
            object("partner", "no-such-partner")))));
    // a partner lists only its own applications; staff list all of them
    assertThat(strings(read("bea", "/api/reseller-applications"), "$.items[*].partner"))
        .isNotEmpty().containsOnly(BERGSICHT);
    assertThat(strings(read("anna", "/api/reseller-applications"), "$.items[*].partner"))
        .containsOnly(ALPINE);
  }

  @Test
  void theQueueListsTheOpenApplicationsNewestFirstInPages_R1_O5() throws Exception {
    String seeblick = fresh(SEEBLICK, "sina");
    String bergsicht = fresh(BERGSICHT, "bea");
    DocumentContext queue = read("petra", "/api/reseller-applications?status=" + OPEN);
    assertThat(strings(queue, "$.items[*].status")).isSubsetOf("SUBMITTED", "CONTRACT_SENT",
        "CONTRACT_SIGNED");
    List<String> ids = strings(queue, "$.items[*].id");
    assertThat(ids).contains(seeblick, bergsicht);
    assertThat(strings(queue, "$.items[*].submittedAt"))
        .isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
    DocumentContext first = read("petra", "/api/reseller-applications?status=" + OPEN
        + "&size=1");
    assertThat(strings(first, "$.items[*].id")).containsExactly(ids.get(0));
    DocumentContext second = read("petra", "/api/reseller-applications?status=" + OPEN
        + "&size=1&after={a}", first.read("$.next", String.class));
    assertThat(strings(second, "$.items[*].id")).containsExactly(ids.get(1));
    problem(perform(as("petra", get("/api/reseller-applications?after=not-a-cursor"))), 400,
        "malformed-request");
    problem(perform(as("gian", get("/api/resellers/{p}/customers?size=0", GIPFEL))), 400,
        "malformed-request");
    assertThat(strings(read("sven", "/api/reseller-applications?status=approved"),
        "$.items[*].partner")).contains(GIPFEL, ALPINE).doesNotContain(BERGSICHT);
    problem(perform(as("petra", get("/api/reseller-applications?status=PENDING"))), 400,
        "malformed-request");
    problem(perform(get("/api/reseller-applications")), 401, "unauthenticated");
  }

  // ---------------------------------------------------------------- links

  @Test
  void signUpLinksTheNewCustomerToTheApprovedResellerItChose_R2() throws Exception {
    MvcResult done = perform(json(post("/api/customers/sign-up"),
        object("name", "Velo Huber GmbH", "reseller", GIPFEL)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.customer.id").value(startsWith("velo-huber-gmbh-")))
        .andExpect(jsonPath("$.customer.name").value("Velo Huber GmbH"))
        .andExpect(jsonPath("$.link.reseller").value(GIPFEL))
        .andExpect(jsonPath("$.link.origin").value("SIGN_UP"))
        .andExpect(jsonPath("$.link.linkedBy").value("service:shop-sign-up"))
        .andExpect(jsonPath("$.link.current").value(true))
        .andReturn();
    String customer = JsonPath.parse(body(done)).read("$.customer.id");
    assertThat(done.getResponse().getHeader(HttpHeaders.LOCATION))
        .isEqualTo("http://localhost/api/customers/" + customer + "/reseller-links");
    assertThat(strings(read("gian", "/api/resellers/{p}/customers", GIPFEL),
        "$.items[*].customer"))
        .contains(customer);
    perform(json(post("/api/customers/sign-up"), object("name", "Ohne Händler AG")))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.link").value(nullValue()));

    // only an approved reseller; nothing is stored when the link is refused
    int before = customers.all().size();
    refused(perform(json(post("/api/customers/sign-up"),
        object("name", "Zu Früh AG", "reseller", BERGSICHT))), 409,
        ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(customers.all()).hasSize(before);
    problem(perform(json(post("/api/customers/sign-up"), object())), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value("missing in the request body: name"));
    problem(perform(json(post("/api/customers/sign-up"), object("name", " "))), 400,
        "malformed-request");
    problem(perform(json(post("/api/customers/sign-up"), object("name", "x".repeat(201)))), 400,
        "malformed-request");
    assertThat(customers.all()).hasSize(before);
  }

  @Test
  void aResellersAdminsMoveACustomerIntoTheConsoleAndReleaseIt_R2() throws Exception {
    alpine();
    String customer = signUp("Schreinerei Amstutz", null);
    transfer("andri", ALPINE, customer)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.customer").value(customer))
        .andExpect(jsonPath("$.reseller").value(ALPINE))
        .andExpect(jsonPath("$.origin").value("TRANSFER"))
        .andExpect(jsonPath("$.linkedBy").value("partner:alpine-hosting/andri(ADMIN_AGENT)"))
        .andExpect(jsonPath("$.number").value(1));
    assertThat(strings(read("alina", "/api/resellers/{p}/customers", ALPINE),
        "$.items[*].customer"))
        .contains(customer);
    refused(transfer("anna", ALPINE, customer), 409, ReasonCode.CUSTOMER_HAS_RESELLER)
        .andExpect(jsonPath("$.detail").value("the customer is linked to alpine-hosting already"));

    // U-5 keeps sales agents from changing existing things: they neither link nor release
    refused(release("alina", customer, "gone"),
        403, ReasonCode.NOT_PERMITTED);
    refused(perform(as("andri", delete("/api/customers/{c}/reseller-link", customer))), 422,
        ReasonCode.INVALID_INPUT);
    release("andri", customer, "moved away")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.current").value(false))
        .andExpect(jsonPath("$.until").isNotEmpty())
        .andExpect(jsonPath("$.endedBy").value("partner:alpine-hosting/andri(ADMIN_AGENT)"))
        .andExpect(jsonPath("$.endReason").value("moved away"));
    assertThat(strings(read("anna", "/api/resellers/{p}/customers", ALPINE),
        "$.items[*].customer"))
        .doesNotContain(customer);
    // the past link stays the reseller's data
    DocumentContext links = read("anna", "/api/customers/{c}/reseller-links", customer);
    assertThat(strings(links, "$[*].current")).containsExactly("false");
    // released: not the reseller's customer any more, and support sees it has none
    refused(release("andri", customer, "again"),
        404, ReasonCode.NOT_FOUND);
    refused(release("sven", customer, "again"),
        409, ReasonCode.CUSTOMER_HAS_NO_RESELLER);
    // it may be moved into the console again: a second link
    transfer("anna", ALPINE, customer).andExpect(status().isCreated())
        .andExpect(jsonPath("$.number").value(2));
  }

  @Test
  void whoMayLinkACustomerToAReseller_R2() throws Exception {
    alpine();
    String customer = signUp("Gärtnerei Zbinden", null);
    refused(transfer("alina", ALPINE, customer), 403, ReasonCode.NOT_PERMITTED)
        .andExpect(jsonPath("$.detail").value(
            "only the reseller's admins move customers into its console"));
    refused(transfer("petra", ALPINE, customer), 403, ReasonCode.NOT_PERMITTED);
    // another partner's admin linking to Alpine: Alpine answers like a missing reseller
    assertThat(withoutInstance(refused(transfer("bea", ALPINE, customer), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(transfer("bea", "no-such-partner", customer)));
    // a customer the shop does not have
    refused(transfer("anna", ALPINE, "no-such-customer"), 404, ReasonCode.NOT_FOUND);
    // only approved resellers get customers
    fresh(BERGSICHT, "bea");
    refused(transfer("bea", BERGSICHT, customer), 409, ReasonCode.RESELLER_NOT_APPROVED);
    refused(transfer("sven", BERGSICHT, customer), 409, ReasonCode.RESELLER_NOT_APPROVED);
    // every reason: a sales agent, a customer with a reseller
    transfer("sven", GIPFEL, customer).andExpect(status().isCreated());
    ResultActions all = refused(transfer("alina", ALPINE, customer), 403,
        ReasonCode.NOT_PERMITTED);
    assertThat(reasons(all)).containsExactly(ReasonCode.NOT_PERMITTED.name(),
        ReasonCode.CUSTOMER_HAS_RESELLER.name());
    problem(perform(json(as("anna", post("/api/resellers/{p}/customers", ALPINE)), object())),
        400, "malformed-request");
    problem(perform(json(post("/api/resellers/{p}/customers", ALPINE),
        object("customer", customer))), 401, "unauthenticated");
  }

  @Test
  void aCustomerHasAtMostOneResellerAndSupportMovesIt_R2() throws Exception {
    alpine();
    String customer = signUp("Metzgerei Gasser", GIPFEL);
    // a reseller learns only that the customer has one, never whose
    ResultActions refusal = refused(transfer("anna", ALPINE, customer), 409,
        ReasonCode.CUSTOMER_HAS_RESELLER)
        .andExpect(jsonPath("$.detail").value(
            "the customer has a reseller already; vendor support can move it"));
    assertThat(body(refusal.andReturn())).doesNotContain(GIPFEL).doesNotContain("Gipfel");
    refused(transfer("sven", GIPFEL, customer), 409, ReasonCode.CUSTOMER_HAS_RESELLER);

    clock.advance(Duration.ofMinutes(5));
    MvcResult moved = transfer("sven", ALPINE, customer)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.origin").value("SUPPORT"))
        .andExpect(jsonPath("$.linkedBy").value("vendor:sven[SUPPORT]"))
        .andExpect(jsonPath("$.number").value(2)).andReturn();
    String from = JsonPath.parse(body(moved)).read("$.from");
    // the old link ended where the new one started
    DocumentContext all = read("sven", "/api/customers/{c}/reseller-links", customer);
    assertThat(strings(all, "$[*].reseller")).containsExactly(GIPFEL, ALPINE);
    assertThat(all.read("$[0].until", String.class)).isEqualTo(from);
    assertThat(all.read("$[0].endedBy", String.class)).isEqualTo("vendor:sven[SUPPORT]");
    assertThat(all.read("$[0].endReason", String.class)).isEqualTo("moved to reseller "
        + ALPINE);
    assertThat(strings(all, "$[*].current")).containsExactly("false", "true");
    // each reseller sees only its own link
    assertThat(strings(read("gian", "/api/customers/{c}/reseller-links", customer),
        "$[*].reseller")).containsExactly(GIPFEL);
    assertThat(strings(read("anna", "/api/customers/{c}/reseller-links", customer),
        "$[*].reseller")).containsExactly(ALPINE);
    assertThat(strings(read("gian", "/api/resellers/{p}/customers", GIPFEL),
        "$.items[*].customer"))
        .doesNotContain(customer);
    assertThat(strings(read("sven", "/api/resellers/{p}/customers", ALPINE),
        "$.items[*].customer"))
        .contains(customer);
    // a customer never linked: staff see no links, a reseller's user does not find it
    String never = signUp("Nie Verknüpft AG", null);
    assertThat(read("petra", "/api/customers/{c}/reseller-links", never).read("$.length()",
        Integer.class)).isZero();
    refused(perform(as("anna", get("/api/customers/{c}/reseller-links", never))), 404,
        ReasonCode.NOT_FOUND);
    // support releases it
    release("sven", customer, "contract ended")
        .andExpect(status().isOk()).andExpect(jsonPath("$.endedBy").value("vendor:sven[SUPPORT]"));
  }

  @Test
  void anotherResellersCustomerAnswersLikeAMissingOne_A1() throws Exception {
    alpine();
    String theirs = signUp("Fremdkunde AG", GIPFEL);
    String missing = "no-such-customer";
    for (String path : List.of("/api/customers/{c}/reseller-links",
        "/api/customers/{c}/reseller-discount")) {
      assertThat(withoutInstance(refused(perform(as("anna", get(path, theirs))), 404,
          ReasonCode.NOT_FOUND)))
          .as(path).isEqualTo(withoutInstance(perform(as("anna", get(path, missing)))));
    }
    assertThat(withoutInstance(refused(price("anna", theirs, "100.00"), 404,
        ReasonCode.NOT_FOUND))).isEqualTo(withoutInstance(price("anna", missing, "100.00")));
    assertThat(withoutInstance(refused(release("anna", theirs, "mine"), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(release("anna", missing, "mine")));
    // another partner's customer list
    assertThat(withoutInstance(refused(perform(as("anna",
        get("/api/resellers/{p}/customers", GIPFEL))), 404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(as("anna",
            get("/api/resellers/{p}/customers", "no-such-partner")))));
    // the link is unchanged
    assertThat(strings(read("sven", "/api/customers/{c}/reseller-links", theirs),
        "$[*].current")).containsExactly("true");
  }

  // ---------------------------------------------------------------- discount

  @Test
  void theDiscountAppliesFromTheLinkOnwardsNeverRetroactively_R2() throws Exception {
    alpine();
    discount(ALPINE, "20");
    String customer = signUp("Buchhandlung Meyer", null);
    Instant signedUp = clock.instant();
    // no reseller yet: the list price
    price("sven", customer, "100.00").andExpect(status().isOk())
        .andExpect(jsonPath("$.discount").value(nullValue()))
        .andExpect(jsonPath("$.price.amount").value("100.00"));

    clock.advance(Duration.ofDays(1));
    MvcResult linked = transfer("anna", ALPINE, customer).andExpect(status().isCreated())
        .andReturn();
    Instant from = Instant.parse(JsonPath.parse(body(linked)).read("$.from"));
    price("anna", customer, "100.00").andExpect(status().isOk())
        .andExpect(jsonPath("$.customer").value(customer))
        .andExpect(jsonPath("$.listPrice.amount").value("100.00"))
        .andExpect(jsonPath("$.discount.reseller").value(ALPINE))
        .andExpect(jsonPath("$.discount.percent").value("20"))
        .andExpect(jsonPath("$.discount.linkedSince").value(from.toString()))
        .andExpect(jsonPath("$.price.amount").value("80.00"))
        .andExpect(jsonPath("$.price.currency").value("CHF"));
    // before the link: no discount, not even for the reseller asking
    assertThat(discountAt("anna", customer, signedUp).read("$.discount", Object.class)).isNull();
    assertThat(discountAt("anna", customer, from.minusNanos(1000)).read("$.discount",
        Object.class)).isNull();
    assertThat(discountAt("anna", customer, from).read("$.discount.percent", String.class))
        .isEqualTo("20");

    // a later discount applies from its change on; earlier instants keep theirs
    clock.advance(Duration.ofDays(1));
    Instant beforeChange = clock.instant();
    discount(ALPINE, 12.5);
    assertThat(discountAt("anna", customer, beforeChange).read("$.discount.percent",
        String.class)).isEqualTo("20");
    assertThat(read("anna", "/api/customers/{c}/reseller-discount", customer)
        .read("$.discount.percent", String.class)).isEqualTo("12.5");
    price("anna", customer, "99.95").andExpect(jsonPath("$.discount.percent").value("12.5"))
        .andExpect(jsonPath("$.price.amount").value("87.46")); // 87.45625 to the minor unit (T-3)

    // released: nothing from then on, the link's period keeps its discount
    clock.advance(Duration.ofDays(1));
    release("anna", customer, "left")
        .andExpect(status().isOk());
    price("sven", customer, "100.00").andExpect(jsonPath("$.discount").value(nullValue()))
        .andExpect(jsonPath("$.price.amount").value("100.00"));
    assertThat(discountAt("sven", customer, clock.instant()).read("$.discount", Object.class))
        .isNull();
    assertThat(discountAt("anna", customer, from).read("$.discount.percent", String.class))
        .isEqualTo("20");
    // the reseller's past customer: it reads the past, it does not price it now
    refused(price("anna", customer, "100.00"), 404, ReasonCode.NOT_FOUND);

    problem(perform(as("anna", get("/api/customers/{c}/reseller-discount?at=yesterday",
        customer))), 400, "malformed-request");
    problem(perform(json(as("anna", post("/api/customers/{c}/purchase-quotes", customer)),
        object())), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value("missing in the request body: listPrice"));
    problem(perform(json(as("anna", post("/api/customers/{c}/purchase-quotes", customer)),
        object("listPrice", object("amount", "1.234", "currency", "CHF")))), 400,
        "malformed-request");
    problem(perform(json(as("anna", post("/api/customers/{c}/purchase-quotes", customer)),
        object("listPrice", object("amount", "-1.00", "currency", "CHF")))), 400,
        "malformed-request");
  }

  @Test
  void onlyAPartnerManagerSetsTheDiscountOfAnApprovedReseller_R2() throws Exception {
    alpine();
    perform(json(as("petra", put("/api/resellers/{p}/discount", ALPINE)),
        object("percent", 15)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reseller").value(ALPINE))
        .andExpect(jsonPath("$.to").value("15"))
        .andExpect(jsonPath("$.from").value(not(nullValue())))
        .andExpect(jsonPath("$.by").value("vendor:petra[PARTNER_MANAGER]"));
    DocumentContext before = read("petra", "/api/reseller-applications/{a}", alpine());
    for (String user : List.of("anna", "sven")) {
      refused(perform(json(as(user, put("/api/resellers/{p}/discount", ALPINE)),
          object("percent", 50))), 403, ReasonCode.NOT_PERMITTED);
    }
    assertThat(withoutInstance(refused(perform(json(as("bea",
        put("/api/resellers/{p}/discount", ALPINE)), object("percent", 50))), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(as("bea",
            put("/api/resellers/{p}/discount", "no-such-partner")), object("percent", 50)))));
    refused(perform(json(as("petra", put("/api/resellers/{p}/discount", ALPINE)),
        object("percent", 100.5))), 422, ReasonCode.INVALID_INPUT);
    fresh(BERGSICHT, "bea");
    refused(perform(json(as("petra", put("/api/resellers/{p}/discount", BERGSICHT)),
        object("percent", 5))), 409, ReasonCode.RESELLER_NOT_APPROVED);
    problem(perform(json(as("petra", put("/api/resellers/{p}/discount", ALPINE)), object())),
        400, "malformed-request");
    problem(perform(json(as("petra", put("/api/resellers/{p}/discount", ALPINE)),
        object("percent", "ten"))), 400, "malformed-request");
    assertThat(read("petra", "/api/reseller-applications/{a}", alpine()).jsonString())
        .isEqualTo(before.jsonString());
    assertThat(before.read("$.application.discountPercent", String.class)).isEqualTo("15");
  }
}
