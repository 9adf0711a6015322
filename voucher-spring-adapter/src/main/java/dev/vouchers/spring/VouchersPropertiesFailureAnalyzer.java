// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link VouchersPropertiesException} into Boot's "application failed to start" report. */
public final class VouchersPropertiesFailureAnalyzer
    extends AbstractFailureAnalyzer<VouchersPropertiesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, VouchersPropertiesException cause) {
    return new FailureAnalysis(
        "The voucher programme's configuration is incomplete:\n  - "
            + String.join("\n  - ", cause.problems()),
        "Set the vouchers.* properties named above (see the README's Spring Boot section), "
            + "define your own beans in their place, or set vouchers.enabled=false.",
        cause);
  }
}
