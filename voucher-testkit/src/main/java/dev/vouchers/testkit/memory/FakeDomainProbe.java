// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A programmable domain probe for tests and demos (D-1): publish a body for
 * {@code <domain>/<checkName>} or TXT records for {@code <checkName>.<domain>}, and the probe
 * observes them.
 */
public final class FakeDomainProbe implements DomainProbe {
  private final Map<String, String> web = new ConcurrentHashMap<>();
  private final Map<String, List<String>> dns = new ConcurrentHashMap<>();

  /** Serves {@code body} at {@code http(s)://<domain>/<checkName>}. */
  public void publishWeb(String domain, String checkName, String body) {
    web.put(domain + "/" + checkName, body);
  }

  /** Serves TXT records at {@code <name>} (e.g. {@code _voucher-challenge.example.com}). */
  public void publishTxt(String name, String... records) {
    dns.put(name, List.of(records));
  }

  /** Removes everything published. */
  public void clear() {
    web.clear();
    dns.clear();
  }

  @Override
  public ProbeObservation observe(DomainName domain, String checkName) {
    return new ProbeObservation(Optional.ofNullable(web.get(domain.value() + "/" + checkName)),
        dns.getOrDefault(checkName + "." + domain.value(), List.of()));
  }
}
