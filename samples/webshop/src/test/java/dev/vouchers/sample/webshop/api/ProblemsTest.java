// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** How a refusal of the library becomes a problem detail. */
class ProblemsTest {

  @Test
  void mapsEveryReasonCodeToAStatus() {
    Set<ReasonCode> input = Set.of(ReasonCode.INVALID_INPUT, ReasonCode.QUANTITY_OUT_OF_RANGE,
        ReasonCode.CONFIGURATION_NOT_OFFERED, ReasonCode.MALFORMED_CODE,
        ReasonCode.UNKNOWN_TIER, ReasonCode.OFFER_UNKNOWN, ReasonCode.TERM_NOT_OFFERED,
        ReasonCode.BILLING_FREQUENCY_NOT_OFFERED, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE,
        ReasonCode.IDEMPOTENCY_KEY_REUSED); // G-3
    Set<ReasonCode> forbidden = Set.of(ReasonCode.NOT_PERMITTED,
        ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);
    for (ReasonCode code : ReasonCode.values()) {
      HttpStatus expected = code == ReasonCode.NOT_FOUND ? HttpStatus.NOT_FOUND
          : code == ReasonCode.TOO_MANY_ATTEMPTS ? HttpStatus.TOO_MANY_REQUESTS // G-1
          : forbidden.contains(code) ? HttpStatus.FORBIDDEN
          : input.contains(code) ? HttpStatus.UNPROCESSABLE_CONTENT
          : HttpStatus.CONFLICT;
      assertThat(Problems.status(code)).as(code.name()).isEqualTo(expected);
    }
  }

  @Test
  void namesTheTypeAfterTheReasonCodeInKebabCase() {
    assertThat(Problems.type(ReasonCode.VOUCHER_WAS_REDEEMED))
        .hasToString("https://vouchers.dev/problems/voucher-was-redeemed");
  }

  @Test
  void listsEveryReasonAndEachRuleOnce_V6() {
    ProblemDetail problem = Problems.of(new Refusal(List.of(
        Reason.of(ReasonCode.CANCELLATION_WINDOW_CLOSED, "ordered more than 30 days ago"),
        Reason.of(ReasonCode.VOUCHER_IN_USE, "a voucher is in use"),
        Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a REDEEMED voucher cannot become CANCELLED"))));
    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getType()).hasToString(
        "https://vouchers.dev/problems/cancellation-window-closed");
    assertThat(problem.getTitle()).isEqualTo("Cancellation window closed");
    assertThat(problem.getDetail()).isEqualTo("ordered more than 30 days ago; a voucher is in "
        + "use; a REDEEMED voucher cannot become CANCELLED");
    assertThat(problem.getProperties()).containsEntry("rules", List.of("V-6", "V-1"));
    assertThat(problem.getProperties()).containsEntry("reasons", List.of(
        new Json.ReasonJson("CANCELLATION_WINDOW_CLOSED", "V-6", "ordered more than 30 days ago"),
        new Json.ReasonJson("VOUCHER_IN_USE", "V-6", "a voucher is in use"),
        new Json.ReasonJson("MOVE_NOT_ALLOWED", "V-1",
            "a REDEEMED voucher cannot become CANCELLED")));
  }

  @Test
  void theMostSignificantReasonDecidesStatusAndType_A1_T5() {
    ProblemDetail problem = Problems.of(new Refusal(List.of(
        Reason.of(ReasonCode.UNKNOWN_TIER, "tier DIAMOND is not one of the ladder"),
        Reason.of(ReasonCode.NOT_PERMITTED, "only a partner manager changes tiers"))));
    assertThat(problem.getStatus()).isEqualTo(403);
    assertThat(problem.getType()).isEqualTo(Problems.type(ReasonCode.NOT_PERMITTED));
    assertThat(problem.getProperties()).containsEntry("rules", List.of("T-1", "A-1"));
  }
}
