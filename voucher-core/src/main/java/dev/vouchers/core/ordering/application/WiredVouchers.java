// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherUseCases;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import io.vavr.control.Either;
import java.util.function.BiFunction;

/** The use cases of one voucher's life, each wired once (ADR 0061). */
record WiredVouchers(ListVouchers listVouchers, GetVoucher getVoucher,
    PrintVoucher printVoucher, SendActivationLink sendActivationLink,
    WithdrawActivationLink withdrawActivationLink, LookUpCode lookUpCode,
    FollowActivationLink followActivationLink,
    StartOrganisationActivation startOrganisationActivation,
    IssueDomainChallenge issueDomainChallenge, VerifyDomainControl verifyDomainControl,
    SubmitCertificateRequest submitCertificateRequest, MarkRedeemed markRedeemed,
    ReportCertificateRevoked reportCertificateRevoked, CommentOnVoucher commentOnVoucher,
    ExtendExpiry extendExpiry, ExpireDueVouchers expireDueVouchers, RekeyCodes rekeyCodes)
    implements VoucherUseCases {

  static WiredVouchers over(Context context, OrderingService ordering, LifecycleService lifecycle,
      BiFunction<SendActivationLink, GetVoucher, SendActivationLink> keyed,
      RekeyCodes rekeying) {
    Basics basics = context.basics();
    ExpiryExtensionService extensions =
        new ExpiryExtensionService(basics, context.vouchers(), context.events());
    SendActivationLink send = keyed.apply(lifecycle, ordering);
    return new WiredVouchers(ordering, ordering, ordering,
        command -> basics.answered(SendActivationLink.class, send.send(command)),
        command -> basics.answered(WithdrawActivationLink.class, lifecycle.withdraw(command)),
        // G-1, G-2: reads, but their attempt-limit refusals are told (metrics, alerts)
        command -> limited(basics, LookUpCode.class, lifecycle.lookUp(command)),
        command -> limited(basics, FollowActivationLink.class, lifecycle.follow(command)),
        command -> basics.answered(StartOrganisationActivation.class, lifecycle.start(command)),
        command -> basics.answered(IssueDomainChallenge.class, lifecycle.issue(command)),
        command -> basics.answered(VerifyDomainControl.class, lifecycle.verify(command)),
        command -> basics.answered(SubmitCertificateRequest.class, lifecycle.submit(command)),
        command -> basics.answered(MarkRedeemed.class, lifecycle.redeem(command)),
        command -> basics.answered(ReportCertificateRevoked.class, lifecycle.report(command)),
        command -> basics.answered(CommentOnVoucher.class, lifecycle.comment(command)),
        command -> basics.answered(ExtendExpiry.class, extensions.extend(command)),
        command -> basics.answered(ExpireDueVouchers.class, lifecycle.expire(command)),
        rekeying);
  }

  /** G-1: a read's refusal for too many failed attempts is published; others are not. */
  private static <T> Either<Refusal, T> limited(Basics basics, Class<?> useCase,
      Either<Refusal, T> answer) {
    if (answer.isLeft() && answer.getLeft().codes().contains(ReasonCode.TOO_MANY_ATTEMPTS)) {
      return basics.answered(useCase, answer);
    }
    return answer;
  }
}
