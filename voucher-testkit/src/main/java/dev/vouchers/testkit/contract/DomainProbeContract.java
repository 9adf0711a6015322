// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link DomainProbe} port (D-1). An adapter author supplies the probe
 * and a way to publish content where it looks (a local web server, a local DNS responder).
 */
public abstract class DomainProbeContract {
  /** The check name used by the suite. */
  protected static final String CHECK = "_voucher-challenge";

  /** The probe under test. */
  protected abstract DomainProbe probe();

  /** The domain the suite may publish under (resolving to the adapter's test server). */
  protected abstract DomainName domain();

  /** Serves {@code body} at {@code http(s)://<domain>/<checkName>}, or does nothing if the adapter has no web side. */
  protected abstract void publishWeb(DomainName domain, String checkName, String body);

  /** Serves a TXT record at {@code <checkName>.<domain>}, or does nothing if the adapter has no DNS side. */
  protected abstract void publishTxt(DomainName domain, String checkName, String record);

  /** Whether the adapter looks on the web. */
  protected boolean observesWeb() {
    return true;
  }

  /** Whether the adapter looks in DNS. */
  protected boolean observesDns() {
    return true;
  }

  @Test
  void observesNothingWhereNothingIsPublished_D1() {
    ProbeObservation observation = probe().observe(domain(), CHECK);
    assertThat(observation.httpBody().map(String::trim).filter(s -> !s.isEmpty())).isEmpty();
    assertThat(observation.txtRecords()).isEmpty();
  }

  @Test
  void observesWhatIsPublished_D1() {
    publishWeb(domain(), CHECK, "web-secret-0123456789abcdef\n");
    publishTxt(domain(), CHECK, "dns-secret-0123456789abcdef");
    ProbeObservation observation = probe().observe(domain(), CHECK);
    if (observesWeb()) {
      assertThat(observation.httpBody().map(String::trim)).contains("web-secret-0123456789abcdef");
    }
    if (observesDns()) {
      assertThat(observation.txtRecords()).contains("dns-secret-0123456789abcdef");
    }
  }
}
