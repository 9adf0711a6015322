// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.sample.webshop.pdf.VoucherPdf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** One voucher through the API: history, activation link, comment, print, revocation. */
class VoucherApiTest extends ApiTestBase {
  @Autowired
  GetVoucher getVoucher;
  @Autowired
  PrintVoucher printVoucher;
  @Autowired
  CommentOnVoucher commentOnVoucher;
  @Autowired
  SendActivationLink sendActivationLink;
  @Autowired
  WithdrawActivationLink withdrawActivationLink;
  @Autowired
  ReportCertificateRevoked reportCertificateRevoked;
  @Autowired
  dev.vouchers.sample.webshop.demo.DemoUsers users;

  @Test
  void showsAVoucherWithItsCodeStatusAndHistory_V2() throws Exception {
    Placed placed = placeSmime(1);
    perform(as("anna", get("/api/vouchers/{v}", placed.voucher())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.voucher.id").value(placed.voucher()))
        .andExpect(jsonPath("$.voucher.order").value(placed.order()))
        .andExpect(jsonPath("$.voucher.code").value(placed.code()))
        .andExpect(jsonPath("$.voucher.status").value("VALID"))
        .andExpect(jsonPath("$.voucher.product").value("smime"))
        .andExpect(jsonPath("$.voucher.productName").value("S/MIME E-Mail"))
        .andExpect(jsonPath("$.voucher.redemptionUrl").value(containsString("code=")))
        .andExpect(jsonPath("$.history").isEmpty());
  }

  @Test
  void sendsResendsAndWithdrawsTheActivationLink_S2_V1_V2() throws Exception {
    Placed placed = placeSmime(1);
    String url = "/api/vouchers/{v}/activation-link";
    perform(json(as("anna", post(url, placed.voucher())),
        object("email", "kunde@example.ch", "message", "Viel Spass")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ASSIGNED"))
        .andExpect(jsonPath("$.assignment.recipient").value("kunde@example.ch"))
        .andExpect(jsonPath("$.assignment.message").value("Viel Spass"));
    // ASSIGNED -> ASSIGNED: resent, to another address
    perform(json(as("andri", post(url, placed.voucher())), object("email", "it@muster.ch")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ASSIGNED"))
        .andExpect(jsonPath("$.assignment.recipient").value("it@muster.ch"))
        .andExpect(jsonPath("$.assignment.message").value(""));
    perform(as("anna", delete(url + "?why=wrong customer", placed.voucher())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.assignment", is(nullValue())));

    DocumentContext history = read("anna", "/api/vouchers/{v}", placed.voucher());
    assertThat(strings(history, "$.history[*].to")).containsExactly("ASSIGNED", "ASSIGNED",
        "VALID");
    assertThat(strings(history, "$.history[*].why")).containsExactly("activation link sent",
        "activation link resent", "wrong customer");
    assertThat(history.read("$.history[0].data.recipient", String.class))
        .isEqualTo("kunde@example.ch");
    assertThat(history.read("$.history[1].by", String.class)).contains("andri");
  }

  @Test
  void refusesAMalformedRecipientAndChangesNothing_S2() throws Exception {
    Placed placed = placeSmime(1);
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(json(as("anna", post("/api/vouchers/{v}/activation-link", placed.voucher())),
        object("email", "not an address"))), 422, ReasonCode.INVALID_INPUT);
    problem(perform(json(as("anna", post("/api/vouchers/{v}/activation-link",
        placed.voucher())), object("message", "hello"))), 400, "malformed-request");
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
  }

  @Test
  void refusesWithdrawingALinkThatWasNeverSentAndChangesNothing_V1() throws Exception {
    Placed placed = placeSmime(1);
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(as("anna", delete("/api/vouchers/{v}/activation-link", placed.voucher()))),
        409, ReasonCode.MOVE_NOT_ALLOWED)
        .andExpect(jsonPath("$.rules", contains("V-1")))
        .andExpect(jsonPath("$.detail").value("a VALID voucher cannot become VALID"));
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
  }

  @Test
  void attachesReplacesAndRemovesAComment_V8() throws Exception {
    Placed placed = placeSmime(1);
    String url = "/api/vouchers/{v}/comment";
    perform(json(as("anna", put(url, placed.voucher())), object("text", "for Muster AG")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.comment").value("for Muster AG"));
    perform(json(as("alina", put(url, placed.voucher())), object("text", "paid")))
        .andExpect(jsonPath("$.comment").value("paid"));
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(json(as("anna", put(url, placed.voucher())),
        object("text", "x".repeat(2001)))), 422, ReasonCode.INVALID_INPUT);
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
    perform(json(as("anna", put(url, placed.voucher())), object("text", " ")))
        .andExpect(jsonPath("$.comment", is(nullValue())));
    // a comment is not a move (V-2)
    assertThat(read("anna", "/api/vouchers/{v}", placed.voucher())
        .read("$.history.length()", Integer.class)).isZero();
  }

  @Test
  void anotherPartnersVoucherAnswersExactlyLikeAMissingOne_A1() throws Exception {
    Placed placed = placeSmime(1);
    Map<String, Object> before = unchanging(placed.voucher());
    String missing = UUID.randomUUID() + "-0000001";
    for (String path : List.of("/api/vouchers/{v}", "/api/vouchers/{v}/pdf")) {
      assertThat(withoutInstance(refused(perform(as("bea", get(path, placed.voucher()))), 404,
          ReasonCode.NOT_FOUND)))
          .isEqualTo(withoutInstance(perform(as("bea", get(path, missing)))));
    }
    assertThat(withoutInstance(refused(perform(json(
        as("bea", put("/api/vouchers/{v}/comment", placed.voucher())), object("text", "mine"))),
        404, ReasonCode.NOT_FOUND)))
        .isEqualTo(withoutInstance(perform(json(
            as("bea", put("/api/vouchers/{v}/comment", missing)), object("text", "mine")))));
    refused(perform(json(as("bea", post("/api/vouchers/{v}/activation-link", placed.voucher())),
        object("email", "bea@bergsicht.ch"))), 404, ReasonCode.NOT_FOUND);
    refused(perform(as("bea", delete("/api/vouchers/{v}/activation-link", placed.voucher()))),
        404, ReasonCode.NOT_FOUND);
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
  }

  @Test
  void printsAVoucherAsPdf_S3() throws Exception {
    Placed placed = placeSmime(1);
    byte[] pdf = perform(as("anna", get("/api/vouchers/{v}/pdf", placed.voucher())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"voucher-" + placed.voucher() + ".pdf\""))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF-")
        .contains(placed.code());
  }

  @Test
  void answers501WithoutAPdfRenderer_S3() throws Exception {
    Placed placed = placeSmime(1);
    VouchersController withoutRenderer = new VouchersController(getVoucher, printVoucher,
        new StaticListableBeanFactory().getBeanProvider(VoucherPdf.class), commentOnVoucher,
        sendActivationLink, withdrawActivationLink, reportCertificateRevoked);
    MockMvc standalone = MockMvcBuilders.standaloneSetup(withoutRenderer)
        .setControllerAdvice(new ApiExceptionHandler())
        .setCustomArgumentResolvers(new ApiUserResolver(users))
        .build();
    problem(standalone.perform(as("anna", get("/api/vouchers/{v}/pdf", placed.voucher()))),
        501, "not-implemented");
    // A-1 still comes first: another partner learns nothing
    refused(standalone.perform(as("bea", get("/api/vouchers/{v}/pdf", placed.voucher()))),
        404, ReasonCode.NOT_FOUND);
  }

  @Test
  void supportReportsARevocationWithinTheReissueWindowAndTheVoucherIsValidAgain_V5()
      throws Exception {
    Placed placed = placeSmime(1);
    perform(json(post("/api/redemptions/certificate-request"),
        object("code", placed.code(), "reference", "REQ-4711")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESERVED"));
    Map<String, Object> reserved = unchanging(placed.voucher());
    // the partner's own users do not report revocations; the certificate platform or support do
    refused(perform(as("anna", post("/api/vouchers/{v}/revocation", placed.voucher()))), 403,
        ReasonCode.NOT_PERMITTED);
    assertThat(unchanging(placed.voucher())).isEqualTo(reserved);
    perform(as("sven", post("/api/vouchers/{v}/revocation", placed.voucher())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.certificateRequest", is(nullValue())));
    assertThat(strings(read("anna", "/api/vouchers/{v}", placed.voucher()), "$.history[*].to"))
        .containsExactly("RESERVED", "VALID");
  }

  @Test
  void refusesARevocationWithoutACertificateRequestAndChangesNothing_V5() throws Exception {
    Placed placed = placeSmime(1);
    Map<String, Object> before = unchanging(placed.voucher());
    refused(perform(as("sven", post("/api/vouchers/{v}/revocation", placed.voucher()))), 409,
        ReasonCode.MOVE_NOT_ALLOWED)
        .andExpect(jsonPath("$.reasons[*].code",
            contains("MOVE_NOT_ALLOWED", "NO_CERTIFICATE_REQUEST")))
        .andExpect(jsonPath("$.rules", contains("V-1", "V-5")));
    assertThat(unchanging(placed.voucher())).isEqualTo(before);
  }
}
