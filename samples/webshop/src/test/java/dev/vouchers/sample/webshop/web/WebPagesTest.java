// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.time.Duration;
import java.util.List;
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

/**
 * The browser pages through MockMvc: every page renders for the right user, every form does
 * what its rule says, and a refusal is shown with its rule id (V-3). The e2e profile drives
 * the same pages in Chromium.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:web-pages;DB_CLOSE_DELAY=-1",
    "webshop.demo.zone.enabled=true"})
@AutoConfigureMockMvc
@DirtiesContext
class WebPagesTest extends PageTestBase {
  private static final PartnerId ALPINE = new PartnerId("alpine-hosting");

  @Autowired DemoUsers users;
  @Autowired DemoClock clock;
  @Autowired ListOrders listOrders;
  @Autowired GetOrder getOrder;

  private MockHttpSession anna;

  @BeforeEach
  void signIn() throws Exception {
    anna = session("anna");
  }

  private Actor annaPrincipal() {
    return users.byId("anna").orElseThrow().principal();
  }

  private long orderCount() {
    return listOrders.list(new ListOrders.Command(annaPrincipal(), OrderFilter.all(ALPINE),
        PageRequest.first(10))).get().total().count();
  }

  /** Places an order through the form and returns it as the library has it. */
  private OrderDetails placeSmime(int quantity) throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0")
            .param("lines[0].quantity", Integer.toString(quantity))
            .param("customerName", "Bäckerei Müller").param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/console/orders/");
    String id = location.substring("/console/orders/".length(), location.indexOf('?'));
    return getOrder.get(new GetOrder.Command(annaPrincipal(),
        dev.vouchers.core.kernel.OrderId.of(id))).get();
  }

  @Test
  void everyPageAsksForASignedInUserOfTheRightKind() throws Exception {
    for (String path : List.of("/console", "/console/orders", "/console/vouchers",
        "/console/orders/new", "/staff")) {
      mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }
    // signed in as the other kind of user: the 403 page (ErrorPagesTest shows it in the layout)
    mvc.perform(get("/staff").session(anna)).andExpect(status().isForbidden());
    mvc.perform(get("/console").session(session("petra"))).andExpect(status().isForbidden());
    for (String path : List.of("/", "/redeem", "/inbox", "/admin/clock")) {
      mvc.perform(get(path)).andExpect(status().isOk());
    }
  }

  @Test
  void pricesAreShownAtThePartnersTier_T2() throws Exception {
    String gold = page("/console", anna);
    assertThat(gold).contains("GOLD").contains("CHF 39.00"); // SSL DV 1y: GOLD tier price
    String entry = page("/console", session("bea"));
    assertThat(entry).contains("ENTRY").contains("CHF 59.00").doesNotContain("CHF 39.00");
  }

  @Test
  void theQuoteShowsUnitPricesLineTotalsAndTotalAndStoresNothing_O3() throws Exception {
    long before = orderCount();
    String quote = mvc.perform(post("/console/orders/quote").session(anna)
            .param("lines[0].configuration", "ssl-dv|1|1|0").param("lines[0].quantity", "3")
            .param("lines[1].configuration", "smime|2|0|0").param("lines[1].quantity", "2")
            .param("paymentMethod", "invoice"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(quote).contains("CHF 39.00").contains("CHF 117.00") // 3 x GOLD tier price
        .contains("CHF 41.60").contains("CHF 83.20")              // 2 x (52.00 less 20 %)
        .contains("CHF 200.20").contains("Confirm order");
    assertThat(orderCount()).isEqualTo(before);
  }

  @Test
  void aConfirmationSentTwicePlacesOneOrder_G3() throws Exception {
    String quote = mvc.perform(post("/console/orders/quote").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "2")
            .param("paymentMethod", "invoice"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher key = java.util.regex.Pattern
        .compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(quote);
    assertThat(key.find()).as("the confirmation carries a key").isTrue();
    long before = orderCount();

    List<String> locations = new java.util.ArrayList<>();
    for (int click = 0; click < 2; click++) {
      locations.add(mvc.perform(post("/console/orders").session(anna)
              .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "2")
              .param("paymentMethod", "invoice").param("idempotencyKey", key.group(1)))
          .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    assertThat(locations.get(1)).startsWith("/console/orders/").isEqualTo(locations.get(0));
    assertThat(orderCount()).isEqualTo(before + 1);
  }

  @Test
  void aRefusedOrderShowsEveryReasonAndStoresNothing_O2() throws Exception {
    long before = orderCount();
    String form = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "smime|1|0|0").param("lines[0].quantity", "0")
            .param("lines[1].configuration", "smime|1|0|0").param("lines[1].quantity", "1001")
            .param("paymentMethod", "invoice"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).contains("id=\"refusal\"").contains("O-2")
        .contains(ReasonCode.QUANTITY_OUT_OF_RANGE.name());
    assertThat(orderCount()).isEqualTo(before);
  }

  @Test
  void orderPageCountsTheWholeOrderAndPagesItsVouchers_O3_L2() throws Exception {
    OrderDetails order = placeSmime(11);
    String id = order.order().id().value();
    String first = page("/console/orders/" + id + "?codes=show&size=10", anna);
    assertThat(first).containsPattern("id=\"count-VALID\">11<")
        .contains(order.vouchers().items().get(9).code())
        .doesNotContain(order.vouchers().items().get(10).code())
        .contains("id=\"next-page\"");
  }

  @Test
  void orderPageListsAndCsvExportsEveryCode_O5_S1() throws Exception {
    OrderDetails order = placeSmime(3);
    String id = order.order().id().value();
    String hidden = page("/console/orders/" + id, anna);
    String shown = page("/console/orders/" + id + "?codes=show", anna);
    for (VoucherView voucher : order.vouchers().items()) {
      assertThat(hidden).doesNotContain(voucher.code());
      assertThat(shown).contains(voucher.code());
    }
    assertThat(shown).contains("id=\"may-cancel\"");
    assertThat(shown).containsPattern("id=\"count-VALID\">3<").doesNotContain("next-page");
    String csv = mvc.perform(get("/console/orders/" + id + "/codes.csv").session(anna))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv.lines()).hasSize(4);
    order.vouchers().items().forEach(v -> assertThat(csv).contains(v.code()));

    String number = order.order().number().grouped(); // M-4
    String voucherId = order.vouchers().items().get(0).id().value();
    // M-4: a voucher is named by its order's number and its sequence
    String voucherNo = number + voucherId.substring(voucherId.length() - 8);
    assertThat(page("/console/orders?status=OPEN&product=smime&size=25", anna))
        .contains("Bäckerei Müller").contains(">" + number + "<")
        .doesNotContain(">" + id + "<");
    assertThat(shown).contains(number);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",order_number");
    assertThat(page("/console/vouchers?status=VALID&product=smime&size=50", anna))
        .contains("href=\"/console/vouchers/" + voucherId + "\"").contains(">" + voucherNo + "<");
    assertThat(shown).contains("id=\"order-number\"").contains(">" + voucherNo + "<");
  }

  @Test
  void anotherPartnersOrderIsNotFoundInTheConsole_A1() throws Exception {
    OrderDetails order = placeSmime(1);
    // the 404 page, the same for both (ErrorPagesTest shows it in the layout)
    mvc.perform(get("/console/orders/" + order.order().id().value()).session(session("bea")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/orders/" + UUID.randomUUID()).session(session("bea")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/vouchers/" + order.vouchers().items().get(0).id().value())
        .session(session("bea"))).andExpect(status().isNotFound());
    mvc.perform(get("/console/orders/" + order.order().id().value() + "/codes.csv")
        .session(session("bea"))).andExpect(status().isNotFound());
  }

  @Test
  void sendResendWithdrawAndComment_S2_V1_V8() throws Exception {
    VoucherView voucher = placeSmime(1).vouchers().items().get(0);
    String path = "/console/vouchers/" + voucher.id().value();
    mvc.perform(post(path + "/send").session(anna).param("email", "kunde@example.ch")
        .param("message", "Viel Spass")).andExpect(flash().attributeExists("notice"));
    assertThat(page(path, anna)).contains("ASSIGNED").contains("kunde@example.ch");
    mvc.perform(post(path + "/send").session(anna).param("email", "chefin@example.ch"))
        .andExpect(flash().attributeExists("notice"));
    assertThat(page(path, anna)).contains("chefin@example.ch");
    mvc.perform(post(path + "/withdraw")
        .param("confirmed", "true").session(anna)).andExpect(flash().attributeExists("notice"));
    assertThat(page(path, anna)).containsPattern("id=\"voucher-status\"[^>]*>Valid<");
    mvc.perform(post(path + "/withdraw").param("confirmed", "true").session(anna))
        .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.instanceOf(Refusal.class)));
    mvc.perform(post(path + "/comment").session(anna).param("text", "für die Filiale Thun"))
        .andExpect(flash().attributeExists("notice"));
    assertThat(page(path, anna)).contains("für die Filiale Thun");
  }

  @Test
  void redeemingShowsTyposThenBlocksCancellation_C4_D1_V6() throws Exception {
    OrderDetails order = placeSmime(2);
    String code = order.vouchers().items().get(0).code();
    String typo = code.substring(0, code.length() - 1)
        + (code.endsWith("0") ? "1" : "0");
    MockHttpSession customer = new MockHttpSession();
    assertThat(mvc.perform(get("/redeem").param("code", typo).session(customer))
        .andReturn().getResponse().getContentAsString()).contains("typo");
    assertThat(mvc.perform(get("/redeem").param("code", code.toLowerCase().replace('-', ' '))
        .session(customer)).andReturn().getResponse().getContentAsString())
        .containsPattern("id=\"redeem-status\"[^>]*>Valid<");
    mvc.perform(post("/redeem/certificate-request").session(customer).param("code", code)
        .param("reference", "mail.example.ch")).andExpect(flash().attributeExists("notice"));
    assertThat(mvc.perform(get("/redeem").param("code", code).session(customer))
        .andReturn().getResponse().getContentAsString()).contains("RESERVED");

    String id = order.order().id().value();
    assertThat(page("/console/orders/" + id, anna)).contains("id=\"may-not-cancel\"")
        .contains(ReasonCode.VOUCHER_IN_USE.name());
    mvc.perform(post("/console/orders/" + id + "/cancel").param("confirmed", "true").session(anna))
        .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.instanceOf(Refusal.class)));
    assertThat(page("/console/orders/" + id, anna)).containsPattern("id=\"order-status\"[^>]*>Open<");
  }

  @Test
  void anOrderWithoutUseIsCancelledWhole_V6() throws Exception {
    OrderDetails order = placeSmime(2);
    String id = order.order().id().value();
    mvc.perform(post("/console/orders/" + id + "/cancel")
        .param("confirmed", "true").session(anna).param("why", "Irrtum"))
        .andExpect(flash().attributeExists("notice"));
    OrderDetails after = getOrder.get(new GetOrder.Command(annaPrincipal(),
        order.order().id())).get();
    assertThat(after.vouchers().items()).extracting(VoucherView::status)
        .containsOnly(VoucherStatus.CANCELLED);
  }

  @Test
  void staffChangeTiersRecordMandatesAndReportRevocations_T5_D2_V5() throws Exception {
    MockHttpSession petra = session("petra");
    mvc.perform(post("/staff/tier")
        .param("confirmed", "true").session(petra).param("partner", "bergsicht-it")
        .param("tier", "SILVER")).andExpect(flash().attributeExists("notice"));
    assertThat(page("/staff", petra)).contains("id=\"tier-bergsicht-it\" data-tier=\"SILVER\">Silver");
    MockHttpSession sven = session("sven");
    mvc.perform(post("/staff/tier")
        .param("confirmed", "true").session(sven).param("partner", "bergsicht-it")
        .param("tier", "GOLD"))
        .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.instanceOf(Refusal.class)));
    mvc.perform(post("/staff/mandates").session(petra).param("organisation", "Baeckerei AG")
        .param("document", "DOC-1").param("validUntil", "2030-12-31"))
        .andExpect(flash().attributeExists("notice"));
    mvc.perform(post("/staff/mandates").session(petra).param("organisation", "Baeckerei AG")
        .param("document", "DOC-1").param("validUntil", "tomorrow"))
        .andExpect(flash().attributeExists("problem"));

    String code = placeSmime(1).vouchers().items().get(0).code();
    MockHttpSession customer = new MockHttpSession();
    mvc.perform(post("/redeem/certificate-request").session(customer).param("code", code)
        .param("reference", "mail.example.ch")).andExpect(flash().attributeExists("notice"));
    VoucherView reserved = placedVoucher(code);
    mvc.perform(post("/staff/revocations")
        .param("confirmed", "true").session(sven).param("voucher", reserved.id().value()))
        .andExpect(flash().attributeExists("notice"));
    assertThat(placedVoucher(code).status()).isEqualTo(VoucherStatus.VALID);
  }

  private VoucherView placedVoucher(String code) {
    return listOrders.list(new ListOrders.Command(annaPrincipal(), OrderFilter.all(ALPINE),
            PageRequest.first(50))).get().items().stream()
        .flatMap(o -> getOrder.get(new GetOrder.Command(annaPrincipal(), o.id())).get()
            .vouchers().items().stream())
        .filter(v -> v.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void eachVoucherDownloadsAsPdf_S3() throws Exception {
    VoucherView voucher = placeSmime(1).vouchers().items().get(0);
    byte[] pdf = mvc.perform(get("/console/vouchers/" + voucher.id().value() + "/pdf")
            .session(anna))
        .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    mvc.perform(get("/console/vouchers/" + voucher.id().value() + "/pdf")
        .session(session("bea"))).andExpect(status().isNotFound());
  }

  @Test
  void theRedeemerProvesDomainControlThroughTheDemoZone_D1() throws Exception {
    MvcResult placed = mvc.perform(post("/console/orders").session(anna)
            .param("lines[0].configuration", "ssl-dv|1|1|0").param("lines[0].quantity", "1")
            .param("paymentMethod", "invoice"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = placed.getResponse().getRedirectedUrl();
    String id = location.substring("/console/orders/".length(), location.indexOf('?'));
    String code = getOrder.get(new GetOrder.Command(annaPrincipal(),
        dev.vouchers.core.kernel.OrderId.of(id))).get().vouchers().items().get(0).code();
    MockHttpSession customer = new MockHttpSession();
    mvc.perform(post("/redeem/domain-challenge").session(customer).param("code", code)
        .param("domain", "shop.example"));
    String challenge = mvc.perform(get("/redeem").param("code", code).session(customer))
        .andReturn().getResponse().getContentAsString();
    assertThat(challenge).contains("id=\"secret\"").contains("shop.example");
    mvc.perform(post("/redeem/domain-challenge/verification").session(customer)
            .param("code", code))
        .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.instanceOf(Refusal.class)));
    mvc.perform(post("/redeem/demo-zone").session(customer).param("code", code))
        .andExpect(flash().attributeExists("notice"));
    mvc.perform(post("/redeem/domain-challenge/verification").session(customer)
        .param("code", code)).andExpect(flash().attributeExists("notice"));
    assertThat(mvc.perform(get("/redeem").param("code", code).session(customer))
        .andReturn().getResponse().getContentAsString()).contains("id=\"domain-verified\"");
  }

  @Test
  void theInboxAndTheStaffListsPageAndAnUnreadableSizeIsThe400Page_O5() throws Exception {
    assertThat(page("/inbox?size=25&before=zz", anna)).contains("Demo inbox");
    mvc.perform(get("/inbox").param("size", "abc")).andExpect(status().isBadRequest());
    mvc.perform(get("/console/orders").param("size", "abc").session(anna))
        .andExpect(status().isBadRequest());
    MockHttpSession petra = session("petra");
    // a partner's next page; the others keep their first
    assertThat(page("/staff/sub-accounts?partner=alpine-hosting&after=", petra))
        .contains("Alpine Hosting AG");
    assertThat(page("/staff/subscriptions?partner=alpine-hosting&after=", petra))
        .contains("Alpine Hosting AG");
  }

  @Test
  void theDemoClockMovesForwardOnly_V4() throws Exception {
    Duration before = clock.offset();
    mvc.perform(post("/admin/clock").param("by", "P1D")).andExpect(flash().attributeExists("notice"));
    assertThat(clock.offset()).isEqualTo(before.plusDays(1));
    mvc.perform(post("/admin/clock").param("by", "-P1D")).andExpect(flash().attributeExists("problem"));
    mvc.perform(post("/admin/clock").param("by", "soon")).andExpect(flash().attributeExists("problem"));
    assertThat(clock.offset()).isEqualTo(before.plusDays(1));
  }
}
