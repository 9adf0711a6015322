// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partners through the API: the partner and its tier (T-5), its price list (T-2). */
class PartnerApiTest extends ApiTestBase {
  /** Seeblick Web AG: sina ADMIN. Its tier is changed by this test class only. */
  private static final String SEEBLICK = "seeblick-web";

  @Test
  void showsThePartnerWithItsTierAndFeatures_T1() throws Exception {
    perform(as("anna", get("/api/partners/{p}", ALPINE)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(ALPINE))
        .andExpect(jsonPath("$.name").value("Alpine Hosting AG"))
        .andExpect(jsonPath("$.tier").value("GOLD"))
        .andExpect(jsonPath("$.features", contains("SUBSCRIPTIONS", "SUB_ACCOUNTS", "VOUCHERS")))
        .andExpect(jsonPath("$.language").value("en"));
  }

  @Test
  void showsThePriceListAtThePartnersTier_T2() throws Exception {
    DocumentContext prices = read("anna", "/api/partners/{p}/prices", ALPINE);
    assertThat(prices.read("$.tier", String.class)).isEqualTo("GOLD");
    // explicit tier price wins over the tier discount, which wins over the list price
    assertThat(entry(prices, "ssl-dv", 1, 1, 0)).containsEntry("priceSource", "TIER_PRICE")
        .containsEntry("unitPrice", Map.of("amount", "39.00", "currency", "CHF"))
        .containsEntry("listPrice", Map.of("amount", "59.00", "currency", "CHF"));
    assertThat(entry(prices, "smime", 1, 0, 0)).containsEntry("priceSource", "TIER_DISCOUNT")
        .containsEntry("unitPrice", Map.of("amount", "23.20", "currency", "CHF"));
    DocumentContext entry = read("bea", "/api/partners/{p}/prices", BERGSICHT);
    assertThat(entry(entry, "smime", 1, 0, 0)).containsEntry("priceSource", "LIST_PRICE")
        .containsEntry("unitPrice", Map.of("amount", "29.00", "currency", "CHF"));
  }

  private static Map<String, Object> entry(DocumentContext prices, String product, int years,
      int fqdns, int wildcards) {
    List<Map<String, Object>> entries = prices.read("$.entries[?(@.product == '" + product
        + "' && @.validityYears == " + years + " && @.fqdns == " + fqdns
        + " && @.wildcards == " + wildcards + ")]");
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  @Test
  void anotherPartnersDataAnswersLikeAMissingPartner_A1() throws Exception {
    for (String path : List.of("/api/partners/{p}", "/api/partners/{p}/prices",
        "/api/partners/{p}/orders", "/api/partners/{p}/vouchers")) {
      assertThat(withoutInstance(refused(perform(as("bea", get(path, ALPINE))), 404,
          ReasonCode.NOT_FOUND)))
          .as(path).isEqualTo(withoutInstance(perform(as("bea", get(path, "no-such-partner")))));
    }
    refused(perform(json(as("bea", post("/api/partners/{p}/quotes", ALPINE)),
        orderBody(List.of(line("smime", 1, 0, 1))))), 404, ReasonCode.NOT_FOUND);
  }

  @Test
  void thePartnerManagerChangesATierAndExistingOrdersKeepTheirPrices_T5_T4() throws Exception {
    Placed placed = place("sina", SEEBLICK, List.of(line("smime", 1, 0, 1)));
    String before = read("sina", "/api/partners/{p}", SEEBLICK).read("$.tier");
    String after = before.equals("PLATINUM") ? "GOLD" : "PLATINUM";
    String oldPrice = placed.json().read("$.order.lines[0].unitPrice.amount");

    perform(json(as("petra", put("/api/partners/{p}/tier", SEEBLICK)), object("tier",
        after.toLowerCase(java.util.Locale.ROOT))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partner").value(SEEBLICK))
        .andExpect(jsonPath("$.from").value(before))
        .andExpect(jsonPath("$.to").value(after))
        .andExpect(jsonPath("$.by").value(containsString("petra")))
        .andExpect(jsonPath("$.at").isNotEmpty());

    DocumentContext partner = read("sina", "/api/partners/{p}", SEEBLICK);
    assertThat(partner.read("$.tier", String.class)).isEqualTo(after);
    assertThat(strings(partner, "$.tierChanges[-1:].to")).containsExactly(after);
    // T-4: the order keeps the price of its time; a new quote gets the new tier's price
    assertThat(read("sina", "/api/orders/{o}", placed.order())
        .read("$.order.lines[0].unitPrice.amount", String.class)).isEqualTo(oldPrice);
    String newPrice = read("sina", "/api/partners/{p}/prices", SEEBLICK)
        .read("$.entries[?(@.product == 'smime' && @.validityYears == 1)].unitPrice.amount",
            List.class).get(0).toString();
    perform(json(as("sina", post("/api/partners/{p}/quotes", SEEBLICK)),
        orderBody(List.of(line("smime", 1, 0, 1)))))
        .andExpect(jsonPath("$.lines[0].unitPrice.amount").value(newPrice));
    assertThat(newPrice).isNotEqualTo(oldPrice);
  }

  @Test
  void onlyThePartnerManagerChangesTiersAndNothingChangesOtherwise_T5() throws Exception {
    DocumentContext before = read("petra", "/api/partners/{p}", SEEBLICK);
    // the partner's own admin and vendor support may read the partner, not change its tier
    for (String user : List.of("sina", "sven")) {
      refused(perform(json(as(user, put("/api/partners/{p}/tier", SEEBLICK)),
          object("tier", "ENTRY"))), 403, ReasonCode.NOT_PERMITTED)
          .andExpect(jsonPath("$.detail").value("only a partner manager changes tiers"));
    }
    // another partner's admin does not even learn that the partner exists
    refused(perform(json(as("anna", put("/api/partners/{p}/tier", SEEBLICK)),
        object("tier", "ENTRY"))), 404, ReasonCode.NOT_FOUND);
    DocumentContext after = read("petra", "/api/partners/{p}", SEEBLICK);
    assertThat(after.read("$.tier", String.class)).isEqualTo(before.read("$.tier"));
    assertThat(after.read("$.tierChanges.length()", Integer.class))
        .isEqualTo(before.read("$.tierChanges.length()", Integer.class));
  }

  @Test
  void refusesATierOutsideTheLadder_T1() throws Exception {
    DocumentContext before = read("petra", "/api/partners/{p}", SEEBLICK);
    refused(perform(json(as("petra", put("/api/partners/{p}/tier", SEEBLICK)),
        object("tier", "DIAMOND"))), 422, ReasonCode.UNKNOWN_TIER)
        .andExpect(jsonPath("$.rules", contains("T-1")));
    problem(perform(json(as("petra", put("/api/partners/{p}/tier", SEEBLICK)), object())), 400,
        "malformed-request");
    assertThat(read("petra", "/api/partners/{p}", SEEBLICK).read("$.tier", String.class))
        .isEqualTo(before.read("$.tier"));
  }
}
