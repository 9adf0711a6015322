// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.application.VoucherProgramme;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end customer's redemption through the API, and the refusals an end customer and a partner
 * meet on the way: malformed codes (C-4), unusable codes (C-5), expiry (V-4), cancellation
 * (V-1, V-6), domain control (D-1), mandates (D-2) and organisation activation (P-2).
 */
class RedemptionApiTest extends ApiTestBase {
  @Autowired
  ApiTestBeans.CodeReads codeReads;
  @Autowired
  ApiTestBeans.PublishedSecrets secrets;
  @Autowired
  VoucherProgramme programme;

  @Test
  void looksUpACodeAsTypedCaseAndHyphensAside_C4() throws Exception {
    Placed placed = place("anna", ALPINE, List.of(line("ssl-dv", 1, 1, 1)));
    String typed = placed.code().replace("-", " ").toLowerCase(Locale.ROOT);
    perform(json(post("/api/redemptions/lookup"), object("code", typed)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.productName").value("SSL DV"))
        .andExpect(jsonPath("$.kind").value("SSL_DV"))
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.needsDomainControl").value(true))
        .andExpect(jsonPath("$.needsMandate").value(false))
        .andExpect(jsonPath("$.needsOrganisationActivation").value(false));
  }

  @Test
  void aTypoIsCaughtByTheCheckSymbolWithoutTouchingStorage_C4() throws Exception {
    Placed placed = placeSmime(1);
    Map<String, Object> before = unchanging(placed.voucher());
    long reads = codeReads.count();
    String typo = typo(placed.code());
    for (String path : List.of("/api/redemptions/lookup", "/api/redemptions",
        "/api/redemptions/organisation-activation")) {
      refused(perform(json(post(path), object("code", typo))), 422, ReasonCode.MALFORMED_CODE)
          .andExpect(jsonPath("$.rules", contains("C-4")));
    }
    refused(perform(json(post("/api/redemptions/certificate-request"),
        object("code", typo, "reference", "REQ-1"))), 422, ReasonCode.MALFORMED_CODE);
    assertThat(codeReads.count()).as("reads of the store by code").isEqualTo(reads);
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
    // and the code as issued still works
    perform(json(post("/api/redemptions/lookup"), object("code", placed.code())))
        .andExpect(status().isOk());
    assertThat(codeReads.count()).isEqualTo(reads + 1);
  }

  @Test
  void unknownCancelledAndExpiredCodesGetOneAnswer_C5_V4_V6() throws Exception {
    Placed cancelled = placeSmime(1);
    Placed expiring = placeSmime(1);
    perform(json(as("anna", post("/api/orders/{o}/cancellation", cancelled.order())), object()))
        .andExpect(status().isOk());
    Map<String, Object> cancelledBefore = unchanging(cancelled.voucher());
    clock.advance(Duration.ofDays(366)); // V-4: one year after the purchase, to the instant
    Map<String, Object> expiredBefore = unchanging(expiring.voucher());
    assertThat(expiredBefore.get("status")).isEqualTo("EXPIRED"); // visible before any sweep
    String unknown = validButUnissued();

    for (String path : List.of("/api/redemptions/lookup", "/api/redemptions",
        "/api/redemptions/organisation-activation")) {
      Map<String, Object> answer = withoutInstance(refused(perform(json(post(path),
          object("code", unknown))), 409, ReasonCode.CODE_NOT_REDEEMABLE)
          .andExpect(jsonPath("$.rules", contains("C-5"))));
      for (String code : List.of(cancelled.code(), expiring.code())) {
        assertThat(withoutInstance(perform(json(post(path), object("code", code)))))
            .as(path).isEqualTo(answer);
      }
    }
    assertThat(withoutInstance(perform(json(post("/api/redemptions/certificate-request"),
        object("code", expiring.code(), "reference", "REQ-1")))))
        .isEqualTo(withoutInstance(perform(json(post("/api/redemptions/certificate-request"),
            object("code", unknown, "reference", "REQ-1")))));

    // the partner sees the real status, and is refused with the real reason
    refused(perform(json(as("anna", post("/api/vouchers/{v}/activation-link",
        expiring.voucher())), object("email", "kunde@example.ch"))), 409,
        ReasonCode.VOUCHER_EXPIRED)
        .andExpect(jsonPath("$.rules", contains("V-4")));
    refused(perform(json(as("anna", post("/api/vouchers/{v}/activation-link",
        cancelled.voucher())), object("email", "kunde@example.ch"))), 409,
        ReasonCode.MOVE_NOT_ALLOWED)
        .andExpect(jsonPath("$.detail").value("a CANCELLED voucher cannot become ASSIGNED"));
    refused(perform(json(as("anna", post("/api/orders/{o}/cancellation", expiring.order())),
        object())), 409, ReasonCode.CANCELLATION_WINDOW_CLOSED)
        .andExpect(jsonPath("$.reasons[*].code",
            containsInAnyOrder("CANCELLATION_WINDOW_CLOSED", "ORDER_EXPIRED")));

    assertThat(unchanging(cancelled.voucher())).isEqualTo(cancelledBefore);
    assertThat(unchanging(expiring.voucher())).isEqualTo(expiredBefore);
    assertThat(read("anna", "/api/orders/{o}", expiring.order())
        .read("$.order.status", String.class)).isEqualTo("OPEN");
  }

  /**
   * A well-formed code (its check symbol fits) that the store never issued: an issued code
   * with two symbols changed. One changed symbol would always be caught (C-3).
   */
  private String validButUnissued() throws Exception {
    String code = placeSmime(1).code();
    String alphabet = Crockford.ALPHABET;
    for (int a = 0; a < alphabet.length(); a++) {
      for (int b = 0; b < alphabet.length(); b++) {
        char[] symbols = code.toCharArray();
        symbols[0] = alphabet.charAt(a);
        symbols[1] = alphabet.charAt(b);
        String candidate = new String(symbols);
        if (!candidate.equals(code)
            && programme.settings().codeFormat().parse(candidate).isRight()) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no well-formed neighbour of " + code);
  }

  @Test
  void redeemsACodeOnceAndHistoryNamesTheEndCustomer_V1_V2() throws Exception {
    Placed placed = placeSmime(1);
    perform(json(post("/api/redemptions"), object("code", placed.code())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REDEEMED"))
        .andExpect(jsonPath("$.productName").value("S/MIME E-Mail"))
        .andExpect(jsonPath("$.code").doesNotExist())
        .andExpect(jsonPath("$.id").doesNotExist());
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(json(post("/api/redemptions"), object("code", placed.code()))), 409,
        ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
    DocumentContext history = read("anna", "/api/vouchers/{v}", placed.voucher());
    assertThat(history.read("$.history[0].by", String.class)).startsWith("customer:api-");
    problem(perform(json(post("/api/redemptions"), object())), 400, "malformed-request");
  }

  @Test
  void refusesCancellationAfterRedemptionListingEveryReason_V6() throws Exception {
    Placed placed = placeSmime(2);
    perform(json(post("/api/redemptions"), object("code", placed.code())))
        .andExpect(status().isOk());
    clock.advance(Duration.ofDays(31));
    List<String> every = List.of("CANCELLATION_WINDOW_CLOSED", "VOUCHER_IN_USE",
        "VOUCHER_WAS_REDEEMED");
    perform(as("anna", get("/api/orders/{o}/cancellation", placed.order())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.allowed").value(false))
        .andExpect(jsonPath("$.until", is(nullValue())))
        .andExpect(jsonPath("$.reasons[*].code", containsInAnyOrder(every.toArray())));
    Map<String, Object> first = unchanging(placed.vouchers().get(0));
    Map<String, Object> second = unchanging(placed.vouchers().get(1));
    refused(perform(json(as("anna", post("/api/orders/{o}/cancellation", placed.order())),
        object("why", "too late"))), 409, ReasonCode.CANCELLATION_WINDOW_CLOSED)
        .andExpect(jsonPath("$.rules", contains("V-6")))
        .andExpect(jsonPath("$.reasons", hasSize(3)))
        .andExpect(jsonPath("$.reasons[*].code", containsInAnyOrder(every.toArray())));
    assertThat(unchanging(placed.vouchers().get(0))).isEqualTo(first);
    assertThat(unchanging(placed.vouchers().get(1))).isEqualTo(second);
    assertThat(first.get("status")).isEqualTo("REDEEMED");
    assertThat(second.get("status")).isEqualTo("VALID");
    assertThat(read("anna", "/api/orders/{o}", placed.order())
        .read("$.order.status", String.class)).isEqualTo("OPEN");
  }

  @Test
  void startsTheOrganisationActivationOnlyForOrganisationProducts_P2() throws Exception {
    Placed org = place("anna", ALPINE, List.of(line("org-cert", 1, 0, 1)));
    perform(json(post("/api/redemptions/lookup"), object("code", org.code())))
        .andExpect(jsonPath("$.needsOrganisationActivation").value(true))
        .andExpect(jsonPath("$.needsMandate").value(true));
    perform(json(post("/api/redemptions/organisation-activation"), object("code", org.code())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"));

    Placed smime = placeSmime(1);
    Map<String, Object> before = unchanging(smime.voucher());
    refused(perform(json(post("/api/redemptions/organisation-activation"),
        object("code", smime.code()))), 409, ReasonCode.NOT_AN_ORGANISATION_PRODUCT)
        .andExpect(jsonPath("$.rules", contains("P-2")));
    assertThat(unchanging(smime.voucher())).isEqualTo(before);
  }

  @Test
  void provesDomainControlBeforeTheCertificateRequest_D1() throws Exception {
    Placed placed = place("anna", ALPINE, List.of(line("ssl-dv", 1, 1, 1)));
    String domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.ch";
    Map<String, Object> request = object("code", placed.code(), "reference", "REQ-DV-1");
    Map<String, Object> fresh = unchanging(placed.voucher());
    refused(perform(json(post("/api/redemptions/certificate-request"), request)), 409,
        ReasonCode.DOMAIN_CONTROL_NOT_PROVEN)
        .andExpect(jsonPath("$.rules", contains("D-1")));
    assertThat(unchanging(placed.voucher())).isEqualTo(fresh);
    refused(perform(json(post("/api/redemptions/domain-challenge"),
        object("code", placed.code(), "domain", "not a domain"))), 422,
        ReasonCode.INVALID_INPUT);

    String challenge = body(perform(json(post("/api/redemptions/domain-challenge"),
        object("code", placed.code(), "domain", domain.toUpperCase(Locale.ROOT))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.domain").value(domain))
        .andExpect(jsonPath("$.dnsRecordName").value(endsWith("." + domain)))
        .andExpect(jsonPath("$.httpLocations", hasSize(2)))
        .andExpect(jsonPath("$.httpLocations[0]").value(
            startsWith("http://" + domain + "/")))
        .andExpect(jsonPath("$.verified").value(false))
        .andExpect(jsonPath("$.expiresAt").isNotEmpty())
        .andReturn());
    String secret = JsonPath.read(challenge, "$.secret");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(26);

    // nothing published yet
    refused(perform(json(post("/api/redemptions/domain-challenge/verification"),
        object("code", placed.code()))), 409, ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    refused(perform(json(post("/api/redemptions/certificate-request"), request)), 409,
        ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
    assertThat(unchanging(placed.voucher()).get("status")).isEqualTo("VALID");

    secrets.publishInDns(domain, secret);
    perform(json(post("/api/redemptions/domain-challenge/verification"),
        object("code", placed.code())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(true))
        .andExpect(jsonPath("$.verifiedAt").isNotEmpty());
    perform(json(post("/api/redemptions/certificate-request"), request))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESERVED"))
        .andExpect(jsonPath("$.certificateRequest").value("REQ-DV-1"));
    assertThat(read("anna", "/api/vouchers/{v}", placed.voucher())
        .read("$.history[0].data.domain", String.class)).isEqualTo(domain);
  }

  @Test
  void requiresAMandateOnFileRecordedByVendorStaff_D2() throws Exception {
    Placed placed = place("anna", ALPINE, List.of(line("ssl-gold", 1, 1, 1)));
    String organisation = "muster-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(json(post("/api/redemptions/certificate-request"),
        object("code", placed.code(), "reference", "REQ-EV-1"))), 409,
        ReasonCode.MANDATE_MISSING)
        .andExpect(jsonPath("$.rules", contains("D-2")))
        .andExpect(jsonPath("$.detail").value(
            containsString("name the organisation")));
    Map<String, Object> request = object("code", placed.code(), "reference", "REQ-EV-1",
        "organisation", organisation);
    refused(perform(json(post("/api/redemptions/certificate-request"), request)), 409,
        ReasonCode.MANDATE_MISSING)
        .andExpect(jsonPath("$.detail").value(
            containsString(organisation)));
    assertThat(unchanging(placed.voucher())).isEqualTo(before);

    Map<String, Object> mandate = object("organisation", organisation,
        "documentReference", "DMS-2024-0815", "validUntil", "2099-12-31T23:59:59Z");
    // a partner's user does not record mandates
    refused(perform(json(as("anna", post("/api/mandates")), mandate)), 403,
        ReasonCode.NOT_PERMITTED);
    refused(perform(json(post("/api/redemptions/certificate-request"), request)), 409,
        ReasonCode.MANDATE_MISSING);
    perform(json(as("sven", post("/api/mandates")), mandate))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisation").value(organisation))
        .andExpect(jsonPath("$.documentReference").value("DMS-2024-0815"))
        .andExpect(jsonPath("$.registeredBy").value(containsString("sven")))
        .andExpect(jsonPath("$.validUntil").value("2099-12-31T23:59:59Z"));
    perform(json(post("/api/redemptions/certificate-request"), request))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESERVED"));
    problem(perform(json(as("sven", post("/api/mandates")), object("organisation", "x"))), 400,
        "malformed-request");
  }
}
