// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
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
      IdempotentUseCases keyed, RekeyCodes rekeying) {
    ExpiryExtensionService extensions = new ExpiryExtensionService(context.basics(), context.vouchers());
    return new WiredVouchers(ordering, ordering, ordering,
        command -> context.answered(SendActivationLink.class,
            keyed.send(command, lifecycle::send, ordering)),
        command -> context.answered(WithdrawActivationLink.class, lifecycle.withdraw(command)),
        // G-1, G-2: reads, but their attempt-limit refusals are told (metrics, alerts)
        command -> limited(context, LookUpCode.class, lifecycle.lookUp(command)),
        command -> limited(context, FollowActivationLink.class, lifecycle.follow(command)),
        command -> context.answered(StartOrganisationActivation.class, lifecycle.start(command)),
        command -> context.answered(IssueDomainChallenge.class, lifecycle.issue(command)),
        command -> context.answered(VerifyDomainControl.class, lifecycle.verify(command)),
        command -> context.answered(SubmitCertificateRequest.class, lifecycle.submit(command)),
        command -> context.answered(MarkRedeemed.class, lifecycle.redeem(command)),
        command -> context.answered(ReportCertificateRevoked.class, lifecycle.report(command)),
        command -> context.answered(CommentOnVoucher.class, lifecycle.comment(command)),
        command -> context.answered(ExtendExpiry.class, extensions.extend(command)),
        command -> context.answered(ExpireDueVouchers.class, lifecycle.expire(command)),
        rekeying);
  }

  /** G-1: a read's refusal for too many failed attempts is published; others are not. */
  private static <T> Either<Refusal, T> limited(Context context, Class<?> useCase,
      Either<Refusal, T> answer) {
    if (answer.isLeft() && answer.getLeft().codes().contains(ReasonCode.TOO_MANY_ATTEMPTS)) {
      context.publish(
          new ProgrammeEvent.Refused(useCase.getSimpleName(), answer.getLeft(), context.now()));
    }
    return answer;
  }
}
