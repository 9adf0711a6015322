// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static dev.vouchers.testkit.contract.ContractData.vouchersFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract of the {@link Outbox} port for the activation e-mails (S-2): the
 * {@link MessageOutboxContract} of every kind, on messages written with voucher moves. Adapter
 * authors implement {@link #newStorage()} (and {@link #closeStorage} if it holds resources).
 */
public abstract class OutboxContract extends MessageOutboxContract<ActivationMessage, Storage> {

  @Override
  protected Outbox<ActivationMessage> outbox() {
    return storage.outbox();
  }

  @Override
  protected Instant createdAt(ActivationMessage message) {
    return message.createdAt();
  }

  /** Writes {@code count} messages the way the core does: with voucher moves. */
  @Override
  protected List<ActivationMessage> write(int count) {
    Order order = order(new PartnerId("p"), T0, "ssl-dv", count);
    List<Voucher> vouchers = vouchersFor(order);
    assertThat(storage.vouchers().insertOrder(order, vouchers)).isEmpty();
    List<ActivationMessage> messages = new ArrayList<>();
    for (Voucher voucher : vouchers) {
      ActivationMessage message = VouchersContract.message(voucher);
      messages.add(message);
      assertThat(storage.vouchers().update(new VoucherUpdate(voucher,
          voucher.withStatus(VoucherStatus.ASSIGNED).withVersion(voucher.version() + 1),
          Optional.of(entry(voucher, VoucherStatus.ASSIGNED, T0)), List.of(message)))).isTrue();
    }
    return messages;
  }
}
