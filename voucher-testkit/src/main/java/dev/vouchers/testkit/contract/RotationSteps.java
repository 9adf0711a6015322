// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** G-4: {@link KeyRotationContract}'s partner, product, actors and steps through the use cases. */
final class RotationSteps {
  static final PartnerId PARTNER = new PartnerId("rotation-partner");
  static final ProductId PRODUCT = new ProductId("smime");
  static final Actor AGENT =
      new Actor.PartnerUser(new UserId("agent"), PARTNER, PartnerRole.ADMIN_AGENT);
  static final Actor OPERATOR = new Actor.Service("key-rotation");
  static final Actor CUSTOMER = new Actor.CodeHolder("rotation-customer");
  static final CallerKey CALLER = CallerKey.of("ip:192.0.2.44");

  private RotationSteps() {}

  static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  static void setUp(VoucherProgramme programme) {
    Actor manager = Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
    require(programme.partners().registerPartner().register(new RegisterPartner.Command(manager,
        new Partner(PARTNER, "Rotation Partner", Tier.GOLD, Set.of(Feature.VOUCHERS),
            Locale.ENGLISH))));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(manager,
        Product.builder().id(PRODUCT).name("S/MIME").kind(ProductKind.EMAIL_SMIME)
            .addValidityYears(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(manager,
        PriceBook.builder("CHF").listPrice(ProductConfiguration.of(PRODUCT, 1, 0, 0),
            Money.of("50.00", "CHF")).build())));
  }

  static PlacedOrder order(VoucherProgramme programme, int vouchers) {
    return require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(AGENT,
        PARTNER,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(PRODUCT.value(), 1, 0, 0, vouchers))))));
  }

  static Either<Refusal, ?> redeem(VoucherProgramme programme, VoucherCode code) {
    return programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(CUSTOMER,
        VoucherRef.code(code.reveal(), CALLER)));
  }

  static boolean found(VoucherProgramme programme, VoucherCode code) {
    return programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, code.reveal(),
        CALLER))
        .isRight();
  }

  static String shown(VoucherProgramme programme, PlacedOrder order, int index) {
    return require(programme.vouchers().getVoucher().get(new GetVoucher.Command(AGENT,
        order.voucher(index)))).voucher().code();
  }

  static RekeyCodes.Progress rekey(VoucherProgramme programme, int limit) {
    return require(programme.vouchers().rekeyCodes().rekey(new RekeyCodes.Command(OPERATOR,
        limit)));
  }

  /** The vault of before rotation: the initial key, and a ring rotated to a new one. */
  static CodeKey initialKey() {
    return CodeVault.randomKey(CodeKey.INITIAL);
  }
}
