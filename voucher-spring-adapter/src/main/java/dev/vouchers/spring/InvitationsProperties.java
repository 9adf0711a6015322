// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sub-account invitations (I-1..I-3) from {@code vouchers.invitations.*}. The relay delivers
 * the invitation outbox with the {@code vouchers.outbox.*} timings, and the invitation expiry
 * sweep runs with {@code vouchers.sweeps.*}.
 *
 * @param baseUrl the shop's base URL; links are {@code <base>/invitations/<token>} (default:
 *     the origin of {@code vouchers.redemption-base-url})
 * @param validity how long a sent invitation can be accepted
 * @param relayEnabled whether this instance relays the invitation outbox
 * @param mailFrom the sender of invitation e-mails (default: {@code vouchers.outbox.mail-from})
 */
@ConfigurationProperties("vouchers.invitations")
public record InvitationsProperties(
    @Nullable URI baseUrl,
    @DefaultValue("30d") Duration validity,
    @DefaultValue("true") boolean relayEnabled,
    @Nullable String mailFrom) {

  /** Every property that is malformed, one line each. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getRawQuery() != null)) {
      problems.add("vouchers.invitations.base-url must be an absolute http(s) URL without a"
          + " query, got " + baseUrl);
    }
    if (validity.isNegative() || validity.isZero()) {
      problems.add("vouchers.invitations.validity must be positive, got " + validity);
    }
    return problems;
  }
}
