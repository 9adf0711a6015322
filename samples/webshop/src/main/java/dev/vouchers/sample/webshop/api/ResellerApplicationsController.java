// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.GetResellerApplication;
import dev.vouchers.core.reseller.port.in.ListResellerApplications;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.RejectResellerApplication;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Reseller applications: a partner's global admin applies; the vendor's partner managers
 * send the contract, record it signed (or the applicant's admin does), approve with the
 * reseller discount or reject with a reason; every move is in the history.
 */
@RestController
@RequestMapping("/api/reseller-applications")
class ResellerApplicationsController {
  private final ApplyAsReseller applyAsReseller;
  private final ListResellerApplications listApplications;
  private final GetResellerApplication getApplication;
  private final SendResellerContract sendContract;
  private final RecordResellerContractSigned recordSigned;
  private final ApproveResellerApplication approve;
  private final RejectResellerApplication reject;

  ResellerApplicationsController(ApplyAsReseller applyAsReseller,
      ListResellerApplications listApplications, GetResellerApplication getApplication,
      SendResellerContract sendContract, RecordResellerContractSigned recordSigned,
      ApproveResellerApplication approve, RejectResellerApplication reject) {
    this.applyAsReseller = applyAsReseller;
    this.listApplications = listApplications;
    this.getApplication = getApplication;
    this.sendContract = sendContract;
    this.recordSigned = recordSigned;
    this.approve = approve;
    this.reject = reject;
  }

  /**
   * the partner's global admin applies; 201 with the SUBMITTED application. G-3: with an
   * {@code Idempotency-Key}, the same request again answers the same application.
   */
  @PostMapping
  ResponseEntity<ResellerJson.ApplicationJson> apply(ApiUser actor,
      @RequestBody ResellerBodies.ApplicationBody body,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) @Nullable String key) {
    PartnerId partner = Ids.parse(Bodies.required(body.partner(), "partner").strip(),
        "partner", PartnerId::of);
    ResellerApplication applied = Problems.orRefuse(applyAsReseller.apply(
        new ApplyAsReseller.Command(actor.principal(), partner, IdempotencyHeader.of(key))));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/reseller-applications/{application}").buildAndExpand(applied.id().value())
        .toUri();
    return ResponseEntity.created(location).body(ResellerJson.ApplicationJson.of(applied));
  }

  /**
   * R-1, O-5: applications, newest first, paged: the partner's own for its users, every one for
   * vendor staff (the queue: {@code status=SUBMITTED,CONTRACT_SENT,CONTRACT_SIGNED}).
   */
  @GetMapping
  Json.PageJson<ResellerJson.ApplicationJson> list(ApiUser actor,
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "after", required = false) @Nullable String after) {
    return Json.PageJson.of(Problems.orRefuse(listApplications.list(
        new ListResellerApplications.Command(actor.principal(),
            Queries.statuses(status, ResellerApplicationStatus.class),
            Queries.page(size, after)))), ResellerJson.ApplicationJson::of);
  }

  /** one application with its history and discount changes. */
  @GetMapping("/{application}")
  ResellerJson.ApplicationDetailsJson application(ApiUser actor,
      @PathVariable("application") String application) {
    return ResellerJson.ApplicationDetailsJson.of(Problems.orRefuse(getApplication.get(
        new GetResellerApplication.Command(actor.principal(), applicationId(application)))));
  }

  /** a partner manager sent the contract (SUBMITTED → CONTRACT_SENT). */
  @PostMapping("/{application}/contract")
  ResellerJson.ApplicationJson contract(ApiUser actor,
      @PathVariable("application") String application,
      @RequestBody ResellerBodies.DocumentBody body) {
    String document = Bodies.required(body.documentReference(), "documentReference");
    return ResellerJson.ApplicationJson.of(Problems.orRefuse(sendContract.send(
        new SendResellerContract.Command(actor.principal(), applicationId(application),
            document))));
  }

  /** the signed contract came back (CONTRACT_SENT → CONTRACT_SIGNED). */
  @PostMapping("/{application}/signed-contract")
  ResellerJson.ApplicationJson signed(ApiUser actor,
      @PathVariable("application") String application,
      @RequestBody ResellerBodies.DocumentBody body) {
    String document = Bodies.required(body.documentReference(), "documentReference");
    return ResellerJson.ApplicationJson.of(Problems.orRefuse(recordSigned.record(
        new RecordResellerContractSigned.Command(actor.principal(), applicationId(application),
            document))));
  }

  /** a partner manager approves (CONTRACT_SIGNED → APPROVED), maybe with a discount. */
  @PostMapping("/{application}/approval")
  ResellerJson.ApplicationJson approve(ApiUser actor,
      @PathVariable("application") String application,
      @RequestBody(required = false) ResellerBodies.@Nullable ApprovalBody body) {
    Optional<java.math.BigDecimal> discount =
        Optional.ofNullable(body).map(ResellerBodies.ApprovalBody::discountPercent);
    return ResellerJson.ApplicationJson.of(Problems.orRefuse(approve.approve(
        new ApproveResellerApplication.Command(actor.principal(), applicationId(application),
            discount))));
  }

  /** a partner manager rejects an open application, saying why. */
  @PostMapping("/{application}/rejection")
  ResellerJson.ApplicationJson reject(ApiUser actor,
      @PathVariable("application") String application, @RequestBody Bodies.WhyBody body) {
    String why = Bodies.required(body.why(), "why");
    return ResellerJson.ApplicationJson.of(Problems.orRefuse(reject.reject(
        new RejectResellerApplication.Command(actor.principal(), applicationId(application),
            why))));
  }

  private static ResellerApplicationId applicationId(String raw) {
    return Ids.parse(raw, "application", ResellerApplicationId::of);
  }
}
