// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Orders through the API: placing, quoting, reading, listing, exporting (O-1..O-5, S-1). */
class OrderApiTest extends ApiTestBase {

  @Test
  void placesAnOrderWithFrozenPricesTotalsAndOneCodePerVoucher_O1_O3_O4_T4() throws Exception {
    long before = orderCount("anna", ALPINE);
    MvcResult result = perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 2), line("ssl-dv", 1, 1, 1)))))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/orders/")))
        .andExpect(jsonPath("$.order.partner").value(ALPINE))
        .andExpect(jsonPath("$.order.status").value("OPEN"))
        .andExpect(jsonPath("$.order.customerName").value("Muster AG"))
        .andExpect(jsonPath("$.order.notes").value("invoice 2024-17"))
        .andExpect(jsonPath("$.order.paymentMethod").value("invoice"))
        .andExpect(jsonPath("$.order.placedBy").value(containsString("anna")))
        // T-2 at GOLD: S/MIME list 29.00 less 20 %, SSL DV an explicit tier price
        .andExpect(jsonPath("$.order.lines[0].unitPrice.amount").value("23.20"))
        .andExpect(jsonPath("$.order.lines[0].unitPrice.currency").value("CHF"))
        .andExpect(jsonPath("$.order.lines[0].listPrice.amount").value("29.00"))
        .andExpect(jsonPath("$.order.lines[0].priceSource").value("TIER_DISCOUNT"))
        .andExpect(jsonPath("$.order.lines[0].lineTotal.amount").value("46.40"))
        .andExpect(jsonPath("$.order.lines[1].unitPrice.amount").value("39.00"))
        .andExpect(jsonPath("$.order.lines[1].priceSource").value("TIER_PRICE"))
        .andExpect(jsonPath("$.order.total.amount").value("85.40"))
        .andExpect(jsonPath("$.order.voucherCount").value(3))
        .andExpect(jsonPath("$.vouchers", hasSize(3)))
        .andExpect(jsonPath("$.vouchers[*].redemptionUrl",
            everyItem(startsWith("http://localhost:"))))
        .andReturn();
    DocumentContext placed = JsonPath.parse(body(result));
    String id = placed.read("$.order.id");
    assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/orders/" + id);
    List<String> codes = placed.read("$.vouchers[*].code");
    assertThat(codes).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"));

    DocumentContext read = read("anna", "/api/orders/{o}", id);
    assertThat(read.read("$.order.total.amount", String.class)).isEqualTo("85.40");
    assertThat(strings(read, "$.vouchers[*].code")).isEqualTo(codes);
    assertThat(strings(read, "$.vouchers[*].status")).containsOnly("VALID");
    assertThat(read.read("$.counts.VALID", Integer.class)).isEqualTo(3);
    assertThat(read.read("$.everRedeemed", Integer.class)).isZero();
    assertThat(read.read("$.next", String.class)).isNull();
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before + 1);

    // O-3, L-2: the vouchers come in pages; the counts are of the whole order
    DocumentContext first = read("anna", "/api/orders/{o}?size=2", id);
    assertThat(strings(first, "$.vouchers[*].code")).isEqualTo(codes.subList(0, 2));
    assertThat(first.read("$.counts.VALID", Integer.class)).isEqualTo(3);
    DocumentContext rest = read("anna", "/api/orders/{o}?size=2&after="
        + first.read("$.next", String.class), id);
    assertThat(strings(rest, "$.vouchers[*].code")).isEqualTo(codes.subList(2, 3));
    assertThat(rest.read("$.next", String.class)).isNull();
  }

  @Test
  void quotesAnOrderWithoutStoringIt_O3() throws Exception {
    long before = orderCount("anna", ALPINE);
    perform(json(as("anna", post("/api/partners/{p}/quotes", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 2), line("ssl-dv", 1, 1, 1)))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[0].lineTotal.amount").value("46.40"))
        .andExpect(jsonPath("$.lines[1].unitPrice.amount").value("39.00"))
        .andExpect(jsonPath("$.total.amount").value("85.40"));
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1001})
  void refusesAQuantityOutsideOneToAThousandAndStoresNothing_O2(int quantity) throws Exception {
    long before = orderCount("anna", ALPINE);
    refused(perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, quantity))))), 422,
        ReasonCode.QUANTITY_OUT_OF_RANGE)
        .andExpect(jsonPath("$.rules", contains("O-2")))
        .andExpect(jsonPath("$.title").value("Quantity out of range"));
    refused(perform(json(as("anna", post("/api/partners/{p}/quotes", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, quantity))))), 422,
        ReasonCode.QUANTITY_OUT_OF_RANGE);
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void refusesConfigurationsNotOfferedWithEveryReasonAndStoresNothing_P1() throws Exception {
    long before = orderCount("anna", ALPINE);
    refused(perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)),
        orderBody(List.of(line("ssl-dv", 5, 1, 1), line("no-such-product", 1, 0, 1))))), 422,
        ReasonCode.CONFIGURATION_NOT_OFFERED)
        .andExpect(jsonPath("$.reasons", hasSize(2)))
        .andExpect(jsonPath("$.detail").value(containsString("line 2")))
        .andExpect(jsonPath("$.rules", contains("P-1")));
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void refusesNotesOfTenMegabytesWith413AndStoresNothing() throws Exception {
    long before = orderCount("anna", ALPINE);
    Map<String, Object> body = orderBody(List.of(line("smime", 1, 0, 1)));
    body.put("notes", "x".repeat(10 * 1024 * 1024));
    problem(perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)), body)), 413,
        "payload-too-large")
        .andExpect(jsonPath("$.detail").value(containsString("65536")));
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void aBodyWithoutRequiredMembersIs400NamingEachAndStoresNothing() throws Exception {
    long before = orderCount("anna", ALPINE);
    problem(perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)),
        object("lines", List.of(object("product", "smime"))))), 400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString(
            "paymentMethod, lines[0].validityYears, lines[0].quantity")));
    problem(perform(as("anna", post("/api/partners/{p}/orders", ALPINE))
        .contentType(MediaType.APPLICATION_JSON).content("{\"paymentMethod\": ")), 400,
        "malformed-request");
    problem(perform(as("anna", post("/api/partners/{p}/orders", ALPINE))
        .contentType(MediaType.APPLICATION_JSON)), 400, "malformed-request");
    problem(perform(json(as("anna", post("/api/partners/{p}/orders", ALPINE)),
        object("paymentMethod", "invoice", "lines",
            List.of(object("product", "smime", "validityYears", 1, "quantity", "many"))))),
        400, "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("lines[0].quantity")));
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void anotherPartnersUserCannotOrderForItAndItAnswersLikeAMissingPartner_A1()
      throws Exception {
    long before = orderCount("anna", ALPINE);
    Map<String, Object> other = withoutInstance(refused(perform(json(
        as("bea", post("/api/partners/{p}/orders", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 1))))), 404, ReasonCode.NOT_FOUND));
    Map<String, Object> missing = withoutInstance(refused(perform(json(
        as("bea", post("/api/partners/{p}/orders", "no-such-partner")),
        orderBody(List.of(line("smime", 1, 0, 1))))), 404, ReasonCode.NOT_FOUND));
    assertThat(other).isEqualTo(missing);
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
  }

  @Test
  void anotherPartnersOrderAnswersExactlyLikeAMissingOne_A1() throws Exception {
    Placed placed = placeSmime(1);
    String missingId = UUID.randomUUID().toString();
    for (String path : List.of("/api/orders/{o}", "/api/orders/{o}/cancellation")) {
      assertThat(withoutInstance(refused(perform(as("bea", get(path, placed.order()))), 404,
          ReasonCode.NOT_FOUND)))
          .isEqualTo(withoutInstance(perform(as("bea", get(path, missingId)))));
    }
    assertThat(withoutInstance(refused(perform(json(
        as("bea", post("/api/orders/{o}/cancellation", placed.order())), object())), 404,
        ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(
            as("bea", post("/api/orders/{o}/cancellation", missingId)), object()))));
    refused(perform(as("bea", get("/api/orders/{o}/codes.csv", placed.order()))
        .accept(MediaType.parseMediaType("text/csv"))), 404, ReasonCode.NOT_FOUND);
    // nothing changed: the order is open, its voucher valid
    DocumentContext order = read("anna", "/api/orders/{o}", placed.order());
    assertThat(order.read("$.order.status", String.class)).isEqualTo("OPEN");
    assertThat(strings(order, "$.vouchers[*].status")).containsOnly("VALID");
  }

  @Test
  void vendorSupportInspectsOrdersButNeitherOrdersNorCancels_A1() throws Exception {
    Placed placed = placeSmime(1);
    long before = orderCount("anna", ALPINE);
    perform(as("sven", get("/api/orders/{o}", placed.order())))
        .andExpect(status().isOk())
        // C-5: only the owning partner sees the code
        .andExpect(jsonPath("$.vouchers[0].code").value(startsWith("****-")));
    refused(perform(json(as("sven", post("/api/partners/{p}/orders", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 1))))), 404, ReasonCode.NOT_FOUND);
    refused(perform(json(as("sven", post("/api/orders/{o}/cancellation", placed.order())),
        object())), 404, ReasonCode.NOT_FOUND);
    assertThat(orderCount("anna", ALPINE)).isEqualTo(before);
    assertThat(read("anna", "/api/orders/{o}", placed.order())
        .read("$.order.status", String.class)).isEqualTo("OPEN");
  }

  @Test
  void aSalesAgentOrdersAndCancelsLikeAnAdmin_A1() throws Exception {
    // the core gives a partner's three roles the same rights on orders and vouchers (U-5
    // distinguishes them only for subscriptions, which the sample does not sell)
    Placed placed = place("alina", ALPINE, List.of(line("smime", 1, 0, 1)));
    perform(as("andri", get("/api/orders/{o}", placed.order()))).andExpect(status().isOk());
    perform(json(as("alina", post("/api/orders/{o}/cancellation", placed.order())),
        object("why", "wrong product")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.order.status").value("CANCELLED"));
  }

  @Test
  void listsOrdersNewestFirstFilteredAndPaged_O5() throws Exception {
    // Gipfel Digital is used by this test only; the clock moves between orders so that their
    // purchase times differ
    String gipfel = "gipfel-digital";
    Placed first = place("gian", gipfel, List.of(line("smime", 1, 0, 1)));
    clock.advance(Duration.ofSeconds(1));
    Placed second = place("gian", gipfel, List.of(line("org-cert", 1, 0, 1)));
    clock.advance(Duration.ofSeconds(1));
    Placed third = place("gian", gipfel, List.of(line("smime", 2, 0, 1)));
    perform(json(as("gian", post("/api/orders/{o}/cancellation", second.order())), object()))
        .andExpect(status().isOk());

    DocumentContext page1 = read("gian", "/api/partners/{p}/orders?size=2", gipfel);
    assertThat(strings(page1, "$.items[*].id")).containsExactly(third.order(), second.order());
    assertThat(page1.read("$.total", Long.class)).isEqualTo(3);
    String next = page1.read("$.next");
    assertThat(next).isNotBlank();
    DocumentContext page2 = read("gian", "/api/partners/{p}/orders?size=2&after={a}", gipfel,
        next);
    assertThat(strings(page2, "$.items[*].id")).containsExactly(first.order());
    assertThat(page2.read("$.next", String.class)).isNull();

    DocumentContext orgCerts = read("gian", "/api/partners/{p}/orders?product=org-cert", gipfel);
    assertThat(strings(orgCerts, "$.items[*].id")).containsExactly(second.order());
    DocumentContext cancelled = read("gian", "/api/partners/{p}/orders?status=cancelled",
        gipfel);
    assertThat(strings(cancelled, "$.items[*].id")).containsExactly(second.order());
    DocumentContext open = read("gian", "/api/partners/{p}/orders?status=OPEN&product=smime",
        gipfel);
    assertThat(strings(open, "$.items[*].id")).containsExactly(third.order(), first.order());
    // another partner's list answers like a missing partner
    refused(perform(as("bea", get("/api/partners/{p}/orders", gipfel))), 404,
        ReasonCode.NOT_FOUND);
  }

  @Test
  void listsVouchersFilteredByOrderStatusAndProduct_O5() throws Exception {
    Placed placed = placeSmime(3);
    perform(json(as("anna", post("/api/vouchers/{v}/activation-link", placed.vouchers().get(1))),
        object("email", "kunde@example.ch"))).andExpect(status().isOk());
    String url = "/api/partners/{p}/vouchers?order={o}";
    DocumentContext all = read("anna", url, ALPINE, placed.order());
    assertThat(all.read("$.total", Long.class)).isEqualTo(3);
    assertThat(strings(all, "$.items[*].id")).containsExactlyInAnyOrderElementsOf(
        placed.vouchers());
    DocumentContext assigned = read("anna", url + "&status=ASSIGNED", ALPINE, placed.order());
    assertThat(strings(assigned, "$.items[*].id")).containsExactly(placed.vouchers().get(1));
    assertThat(assigned.read("$.items[0].assignment.recipient", String.class))
        .isEqualTo("kunde@example.ch");
    DocumentContext validOrAssigned = read("anna", url + "&status=VALID,ASSIGNED&product=smime",
        ALPINE, placed.order());
    assertThat(validOrAssigned.read("$.total", Long.class)).isEqualTo(3);
    DocumentContext page = read("anna", url + "&size=2", ALPINE, placed.order());
    assertThat(strings(page, "$.items[*].id")).hasSize(2);
    DocumentContext rest = read("anna", url + "&size=2&after={a}", ALPINE, placed.order(),
        page.read("$.next"));
    assertThat(strings(rest, "$.items[*].id")).hasSize(1);
    assertThat(read("anna", url + "&product=ssl-dv", ALPINE, placed.order())
        .read("$.total", Long.class)).isZero();
  }

  @Test
  void rejectsMalformedQueryParametersAndIds() throws Exception {
    for (String query : List.of("size=0", "size=501", "size=many", "status=BOGUS",
        "after=not-a-cursor", "product=" + "p".repeat(65))) {
      problem(perform(as("anna", get("/api/partners/{p}/orders?" + query, ALPINE))), 400,
          "malformed-request");
    }
    problem(perform(as("anna", get("/api/partners/{p}/vouchers?order={o}", ALPINE,
        "o".repeat(65)))), 400, "malformed-request");
    problem(perform(as("anna", get("/api/orders/{o}", "o".repeat(65)))), 400,
        "malformed-request")
        .andExpect(jsonPath("$.detail").value(containsString("order")));
    problem(perform(as("anna", get("/api/partners/{p}", "p".repeat(65)))), 400,
        "malformed-request");
  }

  @Test
  void exportsEveryCodeOfAnOrderAsCsv_S1() throws Exception {
    Placed placed = placeSmime(3);
    MvcResult result = perform(as("anna", get("/api/orders/{o}/codes.csv", placed.order())))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            containsString("attachment; filename=\"order-" + placed.order() + "-codes.csv\"")))
        .andReturn();
    List<String> rows = body(result).lines().toList();
    assertThat(rows.get(0)).startsWith("code,status,product");
    assertThat(rows).hasSize(4);
    for (String code : placed.codes()) {
      assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(code + ",VALID,S/MIME"));
    }
    // support reads orders but does not export another partner's codes
    refused(perform(as("sven", get("/api/orders/{o}/codes.csv", placed.order()))), 404,
        ReasonCode.NOT_FOUND);
  }

  @Test
  void answersWhetherAndUntilWhenAnOrderMayBeCancelled_V6() throws Exception {
    Placed placed = placeSmime(1);
    Instant placedAt = Instant.parse(placed.json().read("$.order.placedAt"));
    perform(as("anna", get("/api/orders/{o}/cancellation", placed.order())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.allowed").value(true))
        .andExpect(jsonPath("$.until").value(placedAt.plus(Duration.ofDays(30)).toString()))
        .andExpect(jsonPath("$.reasons", hasSize(0)));
  }

  @Test
  void cancelsAWholeOrderAndRefundsTheFullAmount_V6() throws Exception {
    Placed placed = placeSmime(2);
    perform(json(as("anna", post("/api/orders/{o}/cancellation", placed.order())),
        object("why", "customer changed their mind")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.order.status").value("CANCELLED"))
        .andExpect(jsonPath("$.order.cancelledAt").isNotEmpty())
        .andExpect(jsonPath("$.cancelledVouchers").value(2))
        .andExpect(jsonPath("$.refund.amount").value("46.40"));
    DocumentContext order = read("anna", "/api/orders/{o}", placed.order());
    assertThat(strings(order, "$.vouchers[*].status")).containsOnly("CANCELLED");
    String cancelledAt = order.read("$.order.cancelledAt");
    DocumentContext history = read("anna", "/api/vouchers/{v}", placed.voucher());
    assertThat(history.read("$.history[0].why", String.class))
        .isEqualTo("customer changed their mind");

    // V-6: cancelling again is refused, and nothing changes
    refused(perform(json(as("anna", post("/api/orders/{o}/cancellation", placed.order())),
        object())), 409, ReasonCode.ORDER_ALREADY_CANCELLED);
    perform(as("anna", get("/api/orders/{o}/cancellation", placed.order())))
        .andExpect(jsonPath("$.allowed").value(false))
        .andExpect(jsonPath("$.until", is(nullValue())))
        .andExpect(jsonPath("$.reasons[0].code").value("ORDER_ALREADY_CANCELLED"));
    assertThat(read("anna", "/api/orders/{o}", placed.order())
        .read("$.order.cancelledAt", String.class)).isEqualTo(cancelledAt);
    assertThat(read("anna", "/api/vouchers/{v}", placed.voucher())
        .read("$.history.length()", Integer.class)).isEqualTo(1);
  }
}
