// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import dev.vouchers.testkit.contract.DomainProbeContract;

/** The fake probe passes the domain probe contract. */
class FakeDomainProbeContractTest extends DomainProbeContract {
  private final FakeDomainProbe probe = new FakeDomainProbe();

  @Override
  protected DomainProbe probe() {
    return probe;
  }

  @Override
  protected DomainName domain() {
    return new DomainName("shop.example.com");
  }

  @Override
  protected void publishWeb(DomainName domain, String checkName, String body) {
    probe.publishWeb(domain.value(), checkName, body);
  }

  @Override
  protected void publishTxt(DomainName domain, String checkName, String record) {
    probe.publishTxt(checkName + "." + domain.value(), record);
  }
}
