// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reseller programme's pages (R-1, R-2) through MockMvc: the console's "Reseller programme",
 * the staff's {@code /staff/resellers} and the customer sign-up; every action with its refusals,
 * each reason with its rule id (V-3), another partner's application or customer not found like
 * a missing one (A-1).
 *
 * <p>The database is this class's own. Seeblick Web is walked to APPROVED through the pages by
 * one test; Alpine Hosting is approved through the library when a test needs a reseller (and
 * stays one); Bergsicht IT gets a fresh application whenever a test needs one, never an
 * approval; Gipfel Digital is the demo's seeded reseller.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reseller-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class ResellerPagesTest extends PageTestBase {
  private static final PartnerId ALPINE = new PartnerId("alpine-hosting");
  private static final PartnerId BERGSICHT = new PartnerId("bergsicht-it");
  private static final PartnerId SEEBLICK = new PartnerId("seeblick-web");
  private static final String GIPFEL = "gipfel-digital";

  @Autowired DemoUsers users;
  @Autowired DemoClock clock;
  @Autowired DemoCustomers customers;
  @Autowired ApplyAsReseller apply;
  @Autowired ListResellerApplications listApplications;
  @Autowired SendResellerContract sendContract;
  @Autowired RecordResellerContractSigned recordSigned;
  @Autowired ApproveResellerApplication approve;
  @Autowired RejectResellerApplication reject;
  @Autowired SetResellerDiscount setDiscount;
  @Autowired GetCustomerLinks getCustomerLinks;

  // ---------------------------------------------------------------- helpers

  private Actor principal(String user) {
    return users.byId(user).orElseThrow().principal();
  }

  /** A page action: redirected, with what it flashes. */
  private MvcResult act(MockHttpServletRequestBuilder request, MockHttpSession session,
      String back) throws Exception {
    return mvc.perform(request.session(session)).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(back)).andReturn();
  }

  private static String notice(MvcResult result) {
    Object notice = result.getFlashMap().get("notice");
    assertThat(notice).as("a notice, not %s", result.getFlashMap()).isInstanceOf(String.class);
    return (String) notice;
  }

  /** The refusal the action flashed: exactly these reasons, in this order. */
  private static Refusal refused(MvcResult result, ReasonCode... codes) {
    Object refusal = result.getFlashMap().get("refusal");
    assertThat(refusal).as("a refusal, not %s", result.getFlashMap())
        .isInstanceOf(Refusal.class);
    assertThat(((Refusal) refusal).codes()).containsExactly(codes);
    return (Refusal) refusal;
  }

  private static String problem(MvcResult result) {
    Object problem = result.getFlashMap().get("problem");
    assertThat(problem).as("a problem, not %s", result.getFlashMap()).isInstanceOf(String.class);
    return (String) problem;
  }

  /** The HTML of the element with this id up to the end of its table. */
  private static String table(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("#" + id).isNotNegative();
    return html.substring(start, html.indexOf("</table>", start));
  }

  private Optional<ResellerApplication> active(PartnerId partner) {
    return listApplications.list(new ListResellerApplications.Command(
            principal("petra"), Set.of(), PageRequest.first(PageRequest.MAX_SIZE))).get()
        .items().stream()
        .filter(a -> a.partner().equals(partner) && a.status().isActive()).findFirst();
  }

  /** Rejects what is open of Bergsicht's, then bea applies; the new application. */
  private ResellerApplication freshBergsicht() {
    active(BERGSICHT).ifPresent(a -> {
      assertThat(a.status()).isNotEqualTo(ResellerApplicationStatus.APPROVED);
      reject.reject(new RejectResellerApplication.Command(principal("petra"), a.id(),
          "cleared for the next test")).get();
    });
    return apply.apply(new ApplyAsReseller.Command(principal("bea"), BERGSICHT)).get();
  }

  /** Alpine Hosting as an approved reseller, through the library. */
  private ResellerApplication alpine() {
    Optional<ResellerApplication> active = active(ALPINE);
    if (active.isPresent()) {
      assertThat(active.get().status()).isEqualTo(ResellerApplicationStatus.APPROVED);
      return active.get();
    }
    ResellerApplication a = apply.apply(new ApplyAsReseller.Command(principal("anna"), ALPINE))
        .get();
    sendContract.send(new SendResellerContract.Command(principal("petra"), a.id(), "C-1")).get();
    recordSigned.record(new RecordResellerContractSigned.Command(principal("anna"), a.id(),
        "C-1-signed")).get();
    return approve.approve(new ApproveResellerApplication.Command(principal("petra"), a.id(),
        Optional.of(BigDecimal.TEN))).get();
  }

  private void alpineDiscount(String percent) {
    setDiscount.set(new SetResellerDiscount.Command(principal("petra"), ALPINE,
        new BigDecimal(percent))).get();
  }

  /** Signs a customer up on the sign-up page; its id. */
  private String signUp(String name, String reseller) throws Exception {
    MvcResult done = mvc.perform(post("/customers/sign-up").param("name", name)
            .param("reseller", reseller))
        .andExpect(redirectedUrl("/customers/sign-up")).andReturn();
    notice(done);
    return ((DemoCustomers.Customer) done.getFlashMap().get("signedUp")).id().value();
  }

  private List<CustomerLink> links(String customer) {
    return getCustomerLinks.get(new GetCustomerLinks.Command(principal("sven"),
        CustomerId.of(customer))).get();
  }

  // ---------------------------------------------------------------- who sees what

  @Test
  void theQueuesStatusFiltersAreSeparateLinksMarkingTheCurrentOne_R1() throws Exception {
    String page = page("/staff/resellers?status=CONTRACT_SENT", session("petra"));
    int start = page.indexOf("id=\"queue-filters\"");
    String filters = page.substring(start, page.indexOf("</nav>", start));
    assertThat(filters).contains(">Submitted</a>").contains(">Contract sent</a>")
        .contains(">Approved</a>").doesNotContain("SUBMITTEDCONTRACT_SENT")
        .doesNotContainPattern("</a><a");
    assertThat(filters.split("<a ", -1)).hasSize(ResellerApplicationStatus.values().length + 3);
    String current = filters.substring(filters.indexOf("id=\"queue-CONTRACT_SENT\""));
    assertThat(current.substring(0, current.indexOf('>'))).contains("class=\"current\"")
        .contains("aria-current=\"page\"");
    assertThat(filters.split("class=\"current\"", -1)).hasSize(2);
  }

  @Test
  void everyResellerPageAsksForASignedInUserOfTheRightKind() throws Exception {
    for (String path : List.of("/console/reseller", "/console/reseller/price",
        "/console/reseller/applications/x", "/staff/resellers",
        "/staff/resellers/applications/x")) {
      mvc.perform(get(path)).andExpect(redirectedUrl("/"));
    }
    for (String path : List.of("/console/reseller/apply", "/console/reseller/customers",
        "/console/reseller/applications/x/signed", "/console/reseller/customers/x/unlink",
        "/staff/resellers/applications/x/contract", "/staff/resellers/applications/x/signed",
        "/staff/resellers/applications/x/approve", "/staff/resellers/applications/x/reject",
        "/staff/resellers/alpine-hosting/discount", "/staff/resellers/links",
        "/staff/resellers/unlink")) {
      mvc.perform(post(path)).andExpect(redirectedUrl("/"));
    }
    MockHttpSession anna = session("anna");
    MockHttpSession petra = session("petra");
    mvc.perform(get("/staff/resellers").session(anna)).andExpect(status().isForbidden());
    mvc.perform(post("/staff/resellers/links").session(anna)).andExpect(status().isForbidden());
    mvc.perform(get("/console/reseller").session(petra)).andExpect(status().isForbidden());
    mvc.perform(post("/console/reseller/apply").session(petra)).andExpect(status().isForbidden());
    mvc.perform(get("/customers/sign-up")).andExpect(status().isOk());
    // the way there: the console's nav, the staff page, the start page
    assertThat(page("/console", anna)).contains("id=\"nav-reseller\"");
    assertThat(page("/staff", petra)).contains("id=\"staff-resellers\"");
    assertThat(page("/", new MockHttpSession())).contains("id=\"customer-sign-up\"");
  }

  // ---------------------------------------------------------------- R-1

  @Test
  void aPartnerAppliesAndTheStaffWalkItsApplicationToApproved_R1() throws Exception {
    MockHttpSession sina = session("sina");
    MockHttpSession petra = session("petra");
    assertThat(page("/console/reseller", sina)).contains("id=\"apply\"")
        .contains("id=\"no-application\"");
    assertThat(notice(act(post("/console/reseller/apply"), sina, "/console/reseller")))
        .contains("submitted");
    String id = active(SEEBLICK).orElseThrow().id().value();
    assertThat(page("/console/reseller", sina))
        .containsPattern("id=\"application-status\"[^>]*>Submitted<").doesNotContain("id=\"apply\"");

    assertThat(page("/staff/resellers", petra)).contains("id=\"send-contract-" + id + "\"")
        .contains("id=\"reject-" + id + "\"").doesNotContain("id=\"approve-" + id + "\"");
    assertThat(notice(act(post("/staff/resellers/applications/" + id + "/contract")
        .param("document", "DMS-SEEBLICK-1"), petra, "/staff/resellers")))
        .isEqualTo("Application of Seeblick Web AG: Contract sent.");
    assertThat(page("/console/reseller", sina))
        .containsPattern("id=\"application-status\"[^>]*>Contract sent<").contains("id=\"record-signed\"");
    assertThat(notice(act(post("/console/reseller/applications/" + id + "/signed")
        .param("document", "seeblick-signed.pdf"), sina, "/console/reseller")))
        .contains("Contract signed");
    assertThat(page("/staff/resellers", petra)).contains("id=\"approve-" + id + "\"");
    assertThat(notice(act(post("/staff/resellers/applications/" + id + "/approve")
        .param("discount", "15"), petra, "/staff/resellers")))
        .isEqualTo("Application of Seeblick Web AG: Approved.");

    String console = page("/console/reseller", sina);
    assertThat(console).containsPattern("id=\"application-status\"[^>]*>Approved<")
        .contains("id=\"reseller-discount\">15 %").contains("id=\"current-customers\"")
        .contains("id=\"transfer\"");
    // the history: who, when, why and the documents of every move
    String history = table(console, "history-" + id);
    assertThat(history).contains("Sina Steiner")
        .contains("Petra Pfister").contains("contract sent")
        .contains("DMS-SEEBLICK-1").contains("contract signed").contains("seeblick-signed.pdf")
        .contains("approved").contains("discount: 15");
    String when = "(?s).*\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d.*"; // dd.MM.yyyy HH:mm
    assertThat(history.split("<tr>")).filteredOn(row -> row.contains("Petra Pfister"))
        .hasSize(2).allMatch(row -> row.matches(when));
    assertThat(page("/console/reseller/applications/" + id, sina))
        .containsPattern("id=\"application-status\"[^>]*>Approved<").contains("id=\"history-" + id + "\"");
    String staffView = page("/staff/resellers/applications/" + id, petra);
    assertThat(staffView).contains("id=\"set-discount-seeblick-web\"")
        .contains("id=\"discounts-" + id + "\"").doesNotContain("id=\"reject-" + id + "\"");
    assertThat(table(page("/staff/resellers", petra), "resellers"))
        .contains("Seeblick Web AG").contains("id=\"reseller-discount-seeblick-web\">15 %");
  }

  @Test
  void wrongMovesAndRolesAreRefusedOnThePagesWithEveryReason_R1() throws Exception {
    String id = freshBergsicht().id().value();
    String path = "/staff/resellers/applications/" + id;
    MockHttpSession bea = session("bea");
    MockHttpSession petra = session("petra");
    MockHttpSession sven = session("sven");
    refused(act(post("/console/reseller/apply"), session("boris"), "/console/reseller"),
        ReasonCode.NOT_PERMITTED, ReasonCode.ALREADY_APPLIED);
    refused(act(post("/console/reseller/apply"), bea, "/console/reseller"),
        ReasonCode.ALREADY_APPLIED);
    refused(act(post("/console/reseller/applications/" + id + "/signed")
        .param("document", "too-early.pdf"), bea, "/console/reseller"),
        ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    Refusal all = refused(act(post(path + "/approve").param("discount", "150"), sven,
        "/staff/resellers"), ReasonCode.APPLICATION_MOVE_NOT_ALLOWED, ReasonCode.NOT_PERMITTED,
        ReasonCode.INVALID_INPUT);
    assertThat(problem(act(post(path + "/approve").param("discount", "ten"), petra,
        "/staff/resellers"))).contains("'ten' is not a percentage");
    refused(act(post(path + "/contract").param("document", "DMS-9"), sven, "/staff/resellers"),
        ReasonCode.NOT_PERMITTED);
    refused(act(post(path + "/contract").param("document", " "), petra, "/staff/resellers"),
        ReasonCode.INVALID_INPUT);
    refused(act(post(path + "/reject").param("why", ""), petra, "/staff/resellers"),
        ReasonCode.INVALID_INPUT);
    // the staff's actions are not the applicant's: its user gets the 403 page
    mvc.perform(post(path + "/reject").param("why", "not me").session(bea))
        .andExpect(status().isForbidden());
    // the refusal is shown with each reason's rule id (V-3)
    String shown = mvc.perform(get("/staff/resellers").session(session("petra"))
            .flashAttr("refusal", all))
        .andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("id=\"refusal\"").contains("R-1").contains("A-1")
        .contains("APPLICATION_MOVE_NOT_ALLOWED").contains("NOT_PERMITTED")
        .contains("INVALID_INPUT");
    assertThat(table(page("/console/reseller", bea), "history-" + id))
        .doesNotContain("CONTRACT_SENT");

    assertThat(notice(act(post(path + "/reject").param("why", "no references yet"), petra,
        "/staff/resellers"))).isEqualTo("Application of Bergsicht IT GmbH: Rejected.");
    refused(act(post(path + "/reject").param("why", "twice"), petra, "/staff/resellers"),
        ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    refused(act(post(path + "/contract").param("document", "late"), petra, "/staff/resellers"),
        ReasonCode.APPLICATION_MOVE_NOT_ALLOWED);
    assertThat(table(page("/staff/resellers?status=all", petra), "queue"))
        .containsPattern("id=\"queue-status-" + id + "\"[^>]*>Rejected<");
    assertThat(table(page("/staff/resellers", petra), "queue")).doesNotContain(id);
    // the rejection's reason is in the applicant's history, and it may apply again
    String console = page("/console/reseller", bea);
    assertThat(table(console, "history-" + id)).contains("no references yet")
        .contains("Petra Pfister");
    assertThat(console).contains("id=\"apply\"");
  }

  @Test
  void anotherPartnersApplicationIsNotFoundLikeAMissingOne_A1() throws Exception {
    String alpine = alpine().id().value();
    MockHttpSession bea = session("bea");
    // the shop's 404 page, the same for another partner's and a missing id
    String foreign = notFound("/console/reseller/applications/" + alpine, bea);
    String missing = notFound("/console/reseller/applications/no-such-application", bea);
    assertThat(foreign).isEqualTo(missing).doesNotContain("alpine").doesNotContain("anna");
    Refusal signed = refused(act(post("/console/reseller/applications/" + alpine + "/signed")
        .param("document", "x"), bea, "/console/reseller"), ReasonCode.NOT_FOUND);
    assertThat(signed).isEqualTo(refused(act(post(
        "/console/reseller/applications/no-such-application/signed").param("document", "x"),
        bea, "/console/reseller"), ReasonCode.NOT_FOUND));
    assertThat(page("/console/reseller", bea)).doesNotContain(alpine);
    notFound("/staff/resellers/applications/no-such-application", session("sven"));
  }

  /** The page answers the shop's 404 page. */
  private String notFound(String path, MockHttpSession session) throws Exception {
    return mvc.perform(get(path).session(session)).andExpect(status().isNotFound())
        .andReturn().getResponse().getContentAsString();
  }

  // ---------------------------------------------------------------- R-2

  @Test
  void theResellersCustomersCurrentAndPastMovedInReleasedAndPricedFromTheLinkOn_R2()
      throws Exception {
    alpine();
    alpineDiscount("20");
    MockHttpSession anna = session("anna");
    MockHttpSession andri = session("andri");
    MockHttpSession alina = session("alina");
    String customer = signUp("Café Sonne", "");
    LocalDateTime beforeLink = LocalDateTime.ofInstant(clock.instant(), Formats.ZONE)
        .truncatedTo(ChronoUnit.MINUTES);
    clock.advance(Duration.ofHours(2));

    // U-5 keeps the sales agent from moving customers
    refused(act(post("/console/reseller/customers").param("customer", customer), alina,
        "/console/reseller"), ReasonCode.NOT_PERMITTED);
    assertThat(notice(act(post("/console/reseller/customers").param("customer", customer), andri,
        "/console/reseller"))).startsWith("Café Sonne is your customer from").contains("(Transfer)");
    String current = table(page("/console/reseller", alina), "current-customers");
    assertThat(current).contains("Café Sonne").contains(customer).contains("Transfer")
        .contains("Andri Arnold");

    // now: 20 % off; just before the link (the form's default): nothing, never retroactive
    String priced = page("/console/reseller/price?customer=" + customer + "&amount=100.00",
        alina);
    assertThat(table(priced, "prices")).contains("id=\"price-now\"").contains("CHF 80.00")
        .contains("20 % (Alpine Hosting AG, linked since");
    String then = priced.substring(priced.indexOf("id=\"price-then\""));
    assertThat(then.substring(0, then.indexOf("</tr>"))).contains("CHF 100.00")
        .contains("none");
    // an earlier instant of your choice: before the link, nothing either
    String chosen = page("/console/reseller/price?customer=" + customer
        + "&amount=59.90&at=" + beforeLink, anna);
    assertThat(chosen).contains("CHF 47.92"); // now: 59.90 less 20 %
    String chosenThen = chosen.substring(chosen.indexOf("id=\"price-then\""));
    assertThat(chosenThen.substring(0, chosenThen.indexOf("</tr>"))).contains("CHF 59.90")
        .contains("none");
    assertThat(page("/console/reseller/price?customer=" + customer + "&amount=12.345", anna))
        .contains("id=\"problem\"");

    // releasing: the sales agent may not; a reason is needed; then it is a past customer
    refused(act(post("/console/reseller/customers/" + customer + "/unlink")
        .param("confirmed", "true").param("why", "gone"),
        alina, "/console/reseller"), ReasonCode.NOT_PERMITTED);
    refused(act(post("/console/reseller/customers/" + customer + "/unlink")
        .param("confirmed", "true").param("why", " "),
        andri, "/console/reseller"), ReasonCode.INVALID_INPUT);
    assertThat(notice(act(post("/console/reseller/customers/" + customer + "/unlink")
        .param("confirmed", "true")
        .param("why", "moved to another shop"), andri, "/console/reseller")))
        .startsWith("Café Sonne is no longer your customer");
    String console = page("/console/reseller", anna);
    assertThat(table(console, "current-customers")).doesNotContain(customer);
    assertThat(table(console, "past-customers")).contains(customer)
        .contains("moved to another shop").contains("Andri Arnold");
    // released customers are priced no more by the reseller
    assertThat(page("/console/reseller/price?customer=" + customer + "&amount=100.00", anna))
        .contains("NOT_FOUND");
  }

  @Test
  void anotherResellersCustomerOnTheConsole_R2_A1() throws Exception {
    alpine();
    String theirs = signUp("Hotel Bergblick", GIPFEL);
    MockHttpSession anna = session("anna");
    // linking it is refused, without saying whose it is
    Refusal refusal = refused(act(post("/console/reseller/customers").param("customer", theirs),
        anna, "/console/reseller"), ReasonCode.CUSTOMER_HAS_RESELLER);
    assertThat(refusal.reasons().get(0).message()).doesNotContain(GIPFEL)
        .doesNotContain("Gipfel");
    // every read and change answers like a missing customer (A-1)
    String foreign = page("/console/reseller/price?customer=" + theirs + "&amount=100.00", anna);
    String missing = page("/console/reseller/price?customer=no-such-customer&amount=100.00",
        anna);
    for (String html : List.of(foreign, missing)) {
      assertThat(html).contains("id=\"refusal\"").contains("NOT_FOUND")
          .contains("customer not found").doesNotContain("id=\"price-now\"");
    }
    assertThat(refused(act(post("/console/reseller/customers/" + theirs + "/unlink")
        .param("confirmed", "true")
        .param("why", "mine now"), anna, "/console/reseller"), ReasonCode.NOT_FOUND))
        .isEqualTo(refused(act(post("/console/reseller/customers/no-such-customer/unlink")
            .param("confirmed", "true")
            .param("why", "mine now"), anna, "/console/reseller"), ReasonCode.NOT_FOUND));
    refused(act(post("/console/reseller/customers").param("customer", "no-such-customer"), anna,
        "/console/reseller"), ReasonCode.NOT_FOUND);
    assertThat(problem(act(post("/console/reseller/customers").param("customer", " "), anna,
        "/console/reseller"))).contains("customer’s id");
    assertThat(page("/console/reseller", anna)).doesNotContain(theirs);
    assertThat(links(theirs)).singleElement().satisfies(l -> {
      assertThat(l.reseller().value()).isEqualTo(GIPFEL);
      assertThat(l.isCurrent()).isTrue();
    });
  }

  @Test
  void supportLinksMovesAndUnlinksCustomersOnTheStaffPage_R2() throws Exception {
    alpine();
    String customer = signUp("Weinhandlung Keller", GIPFEL);
    MockHttpSession sven = session("sven");
    MockHttpSession petra = session("petra");
    assertThat(table(page("/staff/resellers", sven), "shop-customers"))
        .contains("Weinhandlung Keller").contains("Gipfel Digital SA since");
    clock.advance(Duration.ofMinutes(10));

    refused(act(post("/staff/resellers/links").param("customer", customer)
        .param("reseller", ALPINE.value()), petra, "/staff/resellers"), ReasonCode.NOT_PERMITTED);
    assertThat(notice(act(post("/staff/resellers/links").param("customer", customer)
        .param("reseller", ALPINE.value()), sven, "/staff/resellers")))
        .startsWith("Weinhandlung Keller is linked to Alpine Hosting AG from")
        .endsWith("(Support).");
    refused(act(post("/staff/resellers/links").param("customer", customer)
        .param("reseller", ALPINE.value()), sven, "/staff/resellers"),
        ReasonCode.CUSTOMER_HAS_RESELLER);
    freshBergsicht();
    refused(act(post("/staff/resellers/links").param("customer", customer)
        .param("reseller", BERGSICHT.value()), sven, "/staff/resellers"),
        ReasonCode.RESELLER_NOT_APPROVED);
    refused(act(post("/staff/resellers/links").param("customer", "no-such-customer")
        .param("reseller", ALPINE.value()), sven, "/staff/resellers"), ReasonCode.NOT_FOUND);
    assertThat(problem(act(post("/staff/resellers/links").param("customer", customer), sven,
        "/staff/resellers"))).contains("choose a reseller");

    // the move: the old link ended where the new one started
    List<CustomerLink> links = links(customer);
    assertThat(links).extracting(CustomerLink::origin)
        .containsExactly(LinkOrigin.SIGN_UP, LinkOrigin.SUPPORT);
    assertThat(links.get(0).until()).contains(links.get(1).from());
    String history = table(page("/staff/resellers?customer=" + customer, sven), "customer-links");
    assertThat(history).contains("Gipfel Digital SA").contains("Alpine Hosting AG")
        .contains("the shop").contains("Sven Sommer")
        .contains("moved to reseller alpine-hosting");

    refused(act(post("/staff/resellers/unlink")
        .param("confirmed", "true").param("customer", customer).param("why", ""),
        sven, "/staff/resellers"), ReasonCode.INVALID_INPUT);
    refused(act(post("/staff/resellers/unlink")
        .param("confirmed", "true").param("customer", customer)
        .param("why", "asked by the customer"), petra, "/staff/resellers"),
        ReasonCode.NOT_PERMITTED);
    assertThat(notice(act(post("/staff/resellers/unlink")
        .param("confirmed", "true").param("customer", customer)
        .param("why", "asked by the customer"), sven, "/staff/resellers")))
        .startsWith("Weinhandlung Keller is no longer linked to Alpine Hosting AG");
    refused(act(post("/staff/resellers/unlink")
        .param("confirmed", "true").param("customer", customer)
        .param("why", "again"), sven, "/staff/resellers"), ReasonCode.CUSTOMER_HAS_NO_RESELLER);
    assertThat(links(customer)).noneMatch(CustomerLink::isCurrent);
    assertThat(page("/staff/resellers?customer=no-such-customer", sven))
        .contains("id=\"never-linked\"");
  }

  @Test
  void thePartnerManagerSetsTheDiscountFromNowOn_R2() throws Exception {
    alpine();
    alpineDiscount("10");
    String customer = signUp("Druckerei Frei", "");
    MockHttpSession anna = session("anna");
    act(post("/console/reseller/customers").param("customer", customer), anna,
        "/console/reseller");
    MockHttpSession petra = session("petra");
    clock.advance(Duration.ofHours(1));
    LocalDateTime beforeChange = LocalDateTime.ofInstant(clock.instant(), Formats.ZONE)
        .truncatedTo(ChronoUnit.MINUTES);
    clock.advance(Duration.ofHours(1));

    assertThat(notice(act(post("/staff/resellers/alpine-hosting/discount").param("percent", "25"),
        petra, "/staff/resellers")))
        .isEqualTo("Alpine Hosting AG: discount 10 % → 25 % from now on; earlier purchases keep"
            + " theirs.");
    refused(act(post("/staff/resellers/alpine-hosting/discount").param("percent", "30"),
        session("sven"), "/staff/resellers"), ReasonCode.NOT_PERMITTED);
    refused(act(post("/staff/resellers/alpine-hosting/discount").param("percent", "150"),
        petra, "/staff/resellers"), ReasonCode.INVALID_INPUT);
    assertThat(problem(act(post("/staff/resellers/alpine-hosting/discount")
        .param("percent", "much"), petra, "/staff/resellers"))).contains("not a percentage");
    freshBergsicht();
    refused(act(post("/staff/resellers/bergsicht-it/discount").param("percent", "5"), petra,
        "/staff/resellers"), ReasonCode.RESELLER_NOT_APPROVED);

    // now 25 %; an hour before the change, still 10 %
    String priced = page("/console/reseller/price?customer=" + customer
        + "&amount=200.00&at=" + beforeChange, anna);
    assertThat(priced).contains("CHF 150.00").contains("CHF 180.00");
    assertThat(table(page("/staff/resellers", petra), "resellers"))
        .contains("id=\"reseller-discount-alpine-hosting\">25 %");
  }

  @Test
  void theStaffPagePagesThroughTheShopsCustomersWithoutSkippingOrRepeatingOne_O5()
      throws Exception {
    for (int i = 0; i <= ResellerStaffController.SHOP_CUSTOMERS_PER_PAGE; i++) {
      mvc.perform(post("/customers/sign-up").param("name", "Seite " + i + " AG"))
          .andExpect(redirectedUrl("/customers/sign-up"));
    }
    MockHttpSession petra = session("petra");
    List<String> shown = new java.util.ArrayList<>();
    String path = "/staff/resellers";
    int pages = 0;
    while (path != null) {
      String html = page(path, petra);
      String rows = table(html, "shop-customers");
      java.util.regex.Matcher ids = java.util.regex.Pattern
          .compile("staff/resellers\\?customer=([^\"]+)\"").matcher(rows);
      int onThisPage = 0;
      while (ids.find()) {
        shown.add(ids.group(1));
        onThisPage++;
      }
      assertThat(onThisPage).isLessThanOrEqualTo(ResellerStaffController.SHOP_CUSTOMERS_PER_PAGE);
      java.util.regex.Matcher next = java.util.regex.Pattern
          .compile("id=\"next-shop-customers\" href=\"([^\"]+)\"").matcher(html);
      path = next.find() ? next.group(1).replace("&amp;", "&") : null;
      pages++;
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(shown).doesNotHaveDuplicates()
        .containsExactlyElementsOf(customers.all().stream().map(c -> c.id().value()).toList());
  }

  @Test
  void theSignUpPageLinksTheNewCustomerToTheResellerItChose_R2() throws Exception {
    assertThat(page("/customers/sign-up", new MockHttpSession()))
        .contains("<option value=\"gipfel-digital\">Gipfel Digital SA</option>");
    int before = customers.all().size();
    assertThat(problem(mvc.perform(post("/customers/sign-up").param("name", " "))
        .andExpect(redirectedUrl("/customers/sign-up")).andReturn()))
        .contains("company’s name");
    refused(mvc.perform(post("/customers/sign-up").param("name", "Zu Früh AG")
            .param("reseller", BERGSICHT.value()))
        .andExpect(redirectedUrl("/customers/sign-up")).andReturn(),
        ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(customers.all()).hasSize(before);

    MvcResult done = mvc.perform(post("/customers/sign-up").param("name", "Sennerei Alp")
            .param("reseller", GIPFEL))
        .andExpect(redirectedUrl("/customers/sign-up")).andReturn();
    assertThat(notice(done)).startsWith("Welcome, Sennerei Alp. Your customer id is sennerei-alp-")
        .contains("your reseller is Gipfel Digital SA from");
    String customer = ((DemoCustomers.Customer) done.getFlashMap().get("signedUp")).id().value();
    assertThat(links(customer)).singleElement().satisfies(l -> {
      assertThat(l.origin()).isEqualTo(LinkOrigin.SIGN_UP);
      assertThat(l.linkedBy()).isEqualTo("service:shop-sign-up");
    });
    assertThat(mvc.perform(get("/customers/sign-up").flashAttr("signedUp",
            done.getFlashMap().get("signedUp")))
        .andReturn().getResponse().getContentAsString())
        .contains("id=\"signed-up-id\">" + customer);
    assertThat(customers.all()).hasSize(before + 1);
  }
}
