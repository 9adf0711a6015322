// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RefusalTest {
  /** The rule ids of the brief. */
  private static final Set<String> BRIEF_RULES = Set.of("A-1", "T-1", "T-2", "T-3", "T-4", "T-5",
      "P-1", "P-2", "O-1", "O-2", "O-3", "O-4", "O-5", "C-1", "C-2", "C-3", "C-4", "C-5", "C-6",
      "V-1", "V-2", "V-3", "V-4", "V-5", "V-6", "V-7", "V-8", "S-1", "S-2", "S-3", "D-1", "D-2",
      "I-1", "I-2", "I-3", "R-1", "R-2", "U-1", "U-2", "U-3", "U-4", "U-5", "G-1", "G-3",
      "M-1");

  @Test
  void everyReasonCodeNamesARuleOfTheBrief_V3() {
    Pattern ruleId = Pattern.compile("[A-Z]-[1-9][0-9]*");
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(code.rule()).as("%s", code).matches(ruleId).isIn(BRIEF_RULES);
    }
  }

  @Test
  void reasonCodesCarryTheRuleTheyEnforce_V3() {
    assertThat(ReasonCode.CANCELLATION_WINDOW_CLOSED.rule()).isEqualTo("V-6");
    assertThat(ReasonCode.VOUCHER_EXPIRED.rule()).isEqualTo("V-4");
    assertThat(ReasonCode.MOVE_NOT_ALLOWED.rule()).isEqualTo("V-1");
    assertThat(ReasonCode.NO_PRICE.rule()).isEqualTo("T-2");
    assertThat(ReasonCode.MANDATE_MISSING.rule()).isEqualTo("D-2");
    assertThat(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN.rule()).isEqualTo("D-1");
    assertThat(ReasonCode.NOT_FOUND.rule()).isEqualTo("A-1");
    assertThat(ReasonCode.UNKNOWN_TIER.rule()).isEqualTo("T-1");
    assertThat(ReasonCode.REISSUE_WINDOW_CLOSED.rule()).isEqualTo("V-5");
  }

  @Test
  void reasonShowsCodeRuleAndMessage_V3() {
    Reason reason = Reason.of(ReasonCode.ORDER_EXPIRED, "expired at noon");
    assertThat(reason.rule()).isEqualTo("V-6");
    assertThat(reason).hasToString("ORDER_EXPIRED (V-6): expired at noon");
    assertThatThrownBy(() -> Reason.of(null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Reason.of(ReasonCode.NOT_FOUND, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusalNeedsAtLeastOneReason_V3() {
    assertThatThrownBy(() -> new Refusal(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Refusal.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusalKeepsEveryReasonInOrder_V3() {
    List<Reason> reasons = new ArrayList<>(List.of(Reason.of(ReasonCode.VOUCHER_IN_USE, "a"),
        Reason.of(ReasonCode.ORDER_EXPIRED, "b")));
    Refusal refusal = Refusal.of(reasons);
    reasons.add(Reason.of(ReasonCode.NOT_FOUND, "c"));
    assertThat(refusal.codes()).containsExactly(ReasonCode.VOUCHER_IN_USE, ReasonCode.ORDER_EXPIRED);
    assertThat(refusal.has(ReasonCode.ORDER_EXPIRED)).isTrue();
    assertThat(refusal.has(ReasonCode.NOT_FOUND)).isFalse();
    assertThat(refusal.toString()).startsWith("Refusal[").contains("VOUCHER_IN_USE (V-6): a")
        .contains("ORDER_EXPIRED (V-6): b");
    assertThatThrownBy(() -> refusal.reasons().add(Reason.of(ReasonCode.NOT_FOUND, "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void singleReasonAndNotFoundShorthands_A1() {
    Refusal one = Refusal.of(ReasonCode.NO_PRICE, "no price");
    assertThat(one.reasons()).containsExactly(Reason.of(ReasonCode.NO_PRICE, "no price"));
    Refusal missing = Refusal.notFound("voucher v-1");
    assertThat(missing.reasons()).containsExactly(Reason.of(ReasonCode.NOT_FOUND, "voucher v-1 not found"));
  }
}
