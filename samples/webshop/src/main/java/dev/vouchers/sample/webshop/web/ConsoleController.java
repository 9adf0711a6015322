// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.catalog.port.in.PriceList;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.pdf.VoucherPdf;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner console: prices at the partner's tier, ordering with a priced preview, orders
 * and vouchers (filtered, paged), codes, CSV, activation links, comments and cancellation.
 */
@Controller
final class ConsoleController {
  private final ShowPriceList showPriceList;
  private final QuoteOrder quoteOrder;
  private final OrderVouchers orderVouchers;
  private final ListOrders listOrders;
  private final ListVouchers listVouchers;
  private final GetOrder getOrder;
  private final GetVoucher getVoucher;
  private final ExportOrderCodes exportOrderCodes;
  private final CheckCancellation checkCancellation;
  private final CancelOrder cancelOrder;
  private final SendActivationLink sendActivationLink;
  private final WithdrawActivationLink withdrawActivationLink;
  private final CommentOnVoucher commentOnVoucher;
  private final PrintVoucher printVoucher;
  private final VoucherPdf voucherPdf;
  private final Texts texts;

  ConsoleController(ShowPriceList showPriceList, QuoteOrder quoteOrder,
      OrderVouchers orderVouchers, ListOrders listOrders, ListVouchers listVouchers,
      GetOrder getOrder, GetVoucher getVoucher, ExportOrderCodes exportOrderCodes,
      CheckCancellation checkCancellation, CancelOrder cancelOrder,
      SendActivationLink sendActivationLink, WithdrawActivationLink withdrawActivationLink,
      CommentOnVoucher commentOnVoucher, PrintVoucher printVoucher, VoucherPdf voucherPdf,
      Texts texts) {
    this.showPriceList = showPriceList;
    this.quoteOrder = quoteOrder;
    this.orderVouchers = orderVouchers;
    this.listOrders = listOrders;
    this.listVouchers = listVouchers;
    this.getOrder = getOrder;
    this.getVoucher = getVoucher;
    this.exportOrderCodes = exportOrderCodes;
    this.checkCancellation = checkCancellation;
    this.cancelOrder = cancelOrder;
    this.sendActivationLink = sendActivationLink;
    this.withdrawActivationLink = withdrawActivationLink;
    this.commentOnVoucher = commentOnVoucher;
    this.printVoucher = printVoucher;
    this.voucherPdf = voucherPdf;
    this.texts = texts;
  }

  @GetMapping("/console")
  String prices(DemoUser me, Model model) {
    return WebSupport.show(showPriceList.show(new ShowPriceList.Command(me.principal(),
        WebSupport.partnerOf(me))), model, prices -> model.addAttribute("prices", prices),
        "prices");
  }

  @GetMapping("/console/orders/new")
  String newOrder(DemoUser me, Model model) {
    return orderForm(me, model, new OrderForm());
  }

  private String orderForm(DemoUser me, Model model, OrderForm form) {
    Either<Refusal, PriceList> prices = showPriceList.show(
        new ShowPriceList.Command(me.principal(), WebSupport.partnerOf(me)));
    model.addAttribute("prices", prices.getOrNull());
    model.addAttribute("form", form);
    return "order-form";
  }

  /** O-3: the priced preview; nothing is stored until the partner confirms. */
  @PostMapping("/console/orders/quote")
  String quote(@ModelAttribute("form") OrderForm form, DemoUser me, Model model) {
    var quote = quoteOrder.quote(new QuoteOrder.Command(me.principal(),
        WebSupport.partnerOf(me), form.toRequest()));
    if (quote.isLeft()) {
      model.addAttribute("refusal", quote.getLeft());
      return orderForm(me, model, form);
    }
    model.addAttribute("quote", quote.get());
    if (form.key().isEmpty()) {
      form.setIdempotencyKey(UUID.randomUUID().toString()); // G-3: one order per confirmation
    }
    return "order-quote";
  }

  @PostMapping("/console/orders")
  String place(@ModelAttribute("form") OrderForm form, DemoUser me, Model model,
      RedirectAttributes redirect) {
    var placed = orderVouchers.order(new OrderVouchers.Command(me.principal(),
        WebSupport.partnerOf(me), form.toRequest(), form.key()));
    if (placed.isLeft()) {
      model.addAttribute("refusal", placed.getLeft());
      return orderForm(me, model, form);
    }
    redirect.addFlashAttribute("notice", texts.get("notice.order-placed",
        Integer.toString(placed.get().codes().size()),
        new Formats().money(placed.get().order().total())));
    return "redirect:/console/orders/" + placed.get().order().id().value() + "?codes=show";
  }

  /** O-5: the partner's orders, newest first, filtered and paged. */
  @GetMapping("/console/orders")
  String orders(@RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    OrderFilter filter = new OrderFilter(WebSupport.partnerOf(me),
        Listing.status(status, OrderStatus.class), productId(product));
    int rows = Listing.pageSize(size);
    model.addAttribute("status", status);
    model.addAttribute("product", product);
    model.addAttribute("size", rows);
    model.addAttribute("sizes", Listing.PAGE_SIZES);
    model.addAttribute("products", products(me));
    return WebSupport.show(listOrders.list(new ListOrders.Command(me.principal(), filter,
        Listing.page(rows, after))), model, page -> model.addAttribute("page", page), "orders");
  }

  /** O-5: the partner's vouchers, filtered by status and product, paged. */
  @GetMapping("/console/vouchers")
  String vouchers(@RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    int rows = Listing.pageSize(size);
    model.addAttribute("status", status);
    model.addAttribute("product", product);
    model.addAttribute("size", rows);
    model.addAttribute("sizes", Listing.PAGE_SIZES);
    model.addAttribute("statuses", VoucherStatus.values());
    model.addAttribute("products", products(me));
    return WebSupport.show(listVouchers.list(new ListVouchers.Command(me.principal(),
        WebSupport.partnerOf(me), Listing.status(status, VoucherStatus.class),
        productId(product), Optional.empty(), Listing.page(rows, after))), model,
        page -> model.addAttribute("page", page), "vouchers");
  }

  /**
   * O-3, S-1, V-6: one order with its lines, its vouchers' counts per status, one page of its
   * vouchers with codes, and "may I cancel?".
   */
  @GetMapping("/console/orders/{id}")
  String order(@PathVariable String id, @RequestParam(defaultValue = "") String codes,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) @Nullable String after, DemoUser me, Model model) {
    Actor principal = me.principal();
    Optional<OrderId> parsed = WebSupport.id(id, OrderId::of);
    if (parsed.isEmpty()) {
      return WebSupport.noSuchPage();
    }
    OrderId order = parsed.get();
    int rows = Listing.pageSize(size);
    model.addAttribute("showCodes", "show".equals(codes));
    model.addAttribute("size", rows);
    model.addAttribute("statuses", VoucherStatus.values());
    model.addAttribute("verdict", checkCancellation.check(
        new CheckCancellation.Command(principal, order)).getOrNull());
    return WebSupport.showOne(getOrder.get(new GetOrder.Command(principal, order,
        Listing.page(rows, after))), model, details -> model.addAttribute("details", details),
        "order");
  }

  /** S-1: every code of the order as CSV, streamed. */
  @GetMapping("/console/orders/{id}/codes.csv")
  void csv(@PathVariable String id, DemoUser me, HttpServletResponse response)
      throws IOException {
    Optional<OrderId> order = WebSupport.id(id, OrderId::of);
    if (order.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such order");
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"order-" + id + ".csv\"");
    Writer out = response.getWriter();
    var exported = exportOrderCodes.export(
        new ExportOrderCodes.Command(me.principal(), order.get(), out));
    if (exported.isLeft()) {
      response.reset();
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such order");
      return;
    }
    out.flush();
  }

  /** V-6: cancels the whole order, or shows every reason it cannot be. */
  @PostMapping("/console/orders/{id}/cancel")
  String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String why,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model,
      RedirectAttributes redirect) {
    Optional<OrderId> order = WebSupport.id(id, OrderId::of);
    if (order.isEmpty()) {
      return WebSupport.notFound(redirect, "order", "redirect:/console/orders");
    }
    if (!confirmed) {
      // M-4: the order named by its number, as the order page shows it
      String name = getOrder.get(new GetOrder.Command(me.principal(), order.get(),
          dev.vouchers.core.kernel.PageRequest.first(1)))
          .map(details -> new Formats().orderNo(details.order()))
          .getOrElse(() -> new Formats().orderNo(order.get()));
      return Confirmations.ask(request, model, texts.get("confirm.order-cancel", name),
          "/console/orders/" + order.get().value());
    }
    WebSupport.tell(cancelOrder.cancel(new CancelOrder.Command(me.principal(),
            order.get(), why.isBlank() ? "cancelled in the partner console" : why)),
        redirect, done -> redirect.addFlashAttribute("notice", texts.get(
            "notice.order-cancelled", new Formats().money(done.refund()))));
    return "redirect:/console/orders/{id}"; // {id}: this request's, encoded
  }

  /** V-2: one voucher with its history and its actions. */
  @GetMapping("/console/vouchers/{id}")
  String voucher(@PathVariable String id, DemoUser me, Model model) {
    Optional<VoucherId> voucher = WebSupport.id(id, VoucherId::of);
    if (voucher.isEmpty()) {
      return WebSupport.noSuchPage();
    }
    return WebSupport.showOne(getVoucher.get(new GetVoucher.Command(me.principal(), voucher.get())),
        model, details -> model.addAttribute("details", details), "voucher");
  }

  /** S-3: the printable voucher as PDF. */
  @GetMapping("/console/vouchers/{id}/pdf")
  void pdf(@PathVariable String id, DemoUser me, HttpServletResponse response)
      throws IOException {
    Optional<VoucherId> voucher = WebSupport.id(id, VoucherId::of);
    if (voucher.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such voucher");
      return;
    }
    var printable = printVoucher.print(new PrintVoucher.Command(me.principal(),
        voucher.get()));
    if (printable.isLeft()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such voucher");
      return;
    }
    byte[] pdf = voucherPdf.render(printable.get(), LocaleContextHolder.getLocale());
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"voucher-" + id + ".pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  /** S-2: send (or resend) the activation link. */
  @PostMapping("/console/vouchers/{id}/send")
  String send(@PathVariable String id, @RequestParam String email,
      @RequestParam(defaultValue = "") String message, DemoUser me,
      RedirectAttributes redirect) {
    Optional<VoucherId> voucher = WebSupport.id(id, VoucherId::of);
    if (voucher.isEmpty()) {
      return WebSupport.notFound(redirect, "voucher", "redirect:/console/vouchers");
    }
    WebSupport.tell(sendActivationLink.send(new SendActivationLink.Command(me.principal(),
        voucher.get(), email, message)), redirect, view -> redirect.addFlashAttribute(
            "notice", texts.get("notice.link-sent", email)));
    return "redirect:/console/vouchers/{id}";
  }

  /** V-1: the partner takes the link back (ASSIGNED → VALID). */
  @PostMapping("/console/vouchers/{id}/withdraw")
  String withdraw(@PathVariable String id,
      @RequestParam(defaultValue = "false") boolean confirmed, DemoUser me,
      HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<VoucherId> voucher = WebSupport.id(id, VoucherId::of);
    if (voucher.isEmpty()) {
      return WebSupport.notFound(redirect, "voucher", "redirect:/console/vouchers");
    }
    if (!confirmed) {
      // M-4: the voucher named by its order's number, as its page shows it
      String name = getVoucher.get(new GetVoucher.Command(me.principal(), voucher.get()))
          .map(details -> new Formats().voucherNo(details.voucher()))
          .getOrElse(() -> new Formats().voucherNo(voucher.get()));
      return Confirmations.ask(request, model, texts.get("confirm.link-withdraw", name),
          "/console/vouchers/" + voucher.get().value());
    }
    WebSupport.tell(withdrawActivationLink.withdraw(new WithdrawActivationLink.Command(
        me.principal(), voucher.get(), "withdrawn in the partner console")), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.link-withdrawn")));
    return "redirect:/console/vouchers/{id}";
  }

  /** V-8: a free-text comment on the voucher. */
  @PostMapping("/console/vouchers/{id}/comment")
  String comment(@PathVariable String id, @RequestParam String text, DemoUser me,
      RedirectAttributes redirect) {
    Optional<VoucherId> voucher = WebSupport.id(id, VoucherId::of);
    if (voucher.isEmpty()) {
      return WebSupport.notFound(redirect, "voucher", "redirect:/console/vouchers");
    }
    WebSupport.tell(commentOnVoucher.comment(new CommentOnVoucher.Command(me.principal(),
        voucher.get(), text)), redirect,
        view -> redirect.addFlashAttribute("notice", texts.get("notice.comment-saved")));
    return "redirect:/console/vouchers/{id}";
  }

  private List<PriceList.Entry> products(DemoUser me) {
    return showPriceList.show(new ShowPriceList.Command(me.principal(),
        WebSupport.partnerOf(me))).map(PriceList::entries).getOrElse(List.of()).stream()
        .filter(distinctBy()).toList();
  }

  private static java.util.function.Predicate<PriceList.Entry> distinctBy() {
    Set<ProductId> seen = new java.util.HashSet<>();
    return entry -> seen.add(entry.configuration().product());
  }

  /** A product filter; a malformed one is ignored, as an unknown status is. */
  private static Optional<ProductId> productId(@Nullable String product) {
    return Optional.ofNullable(product).filter(p -> !p.isBlank())
        .flatMap(p -> WebSupport.id(p, ProductId::new));
  }
}
