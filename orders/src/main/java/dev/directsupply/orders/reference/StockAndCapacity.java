package dev.directsupply.orders.reference;

import dev.directsupply.orders.order.PlannedLine;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductionPlanning;
import dev.directsupply.orders.order.ProductionRequest;
import dev.directsupply.orders.order.ProductionUnavailable;
import dev.directsupply.orders.order.SupplyAnswer;
import dev.directsupply.orders.order.SupplyCheck;
import dev.directsupply.orders.order.SupplyRequest;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.ProductCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small reference of inventory and capacity, for examples and tests (DS-4.1.2, DS-4.1.3): finished
 * stock per product and specification, and a daily output per product kept as a calendar. A line is
 * taken from stock as far as stock goes; the rest is produced from the first day with output to spare,
 * filling each day's spare output in turn, and is ready the day after the last of it is made but never
 * before the product's lead time has passed from the start. Releasing an order takes what stock is left
 * (making up any shortfall since the review) and books its output, all or nothing; withdrawing it gives
 * both back. Quantities are in the product's own unit. Thread-safe.
 */
public final class StockAndCapacity implements SupplyCheck, ProductionPlanning {
    private static final int MAX_DAYS = 3_660;
    private final ProductCatalogue catalogue;
    private final Map<String, BigDecimal> stock = new HashMap<>();
    private final Map<ProductCode, BigDecimal> dailyOutput = new HashMap<>();
    private final Map<ProductCode, Map<LocalDate, BigDecimal>> booked = new HashMap<>();
    private final Map<OrderId, Planned> planned = new HashMap<>();

    public StockAndCapacity(ProductCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** Adds finished stock of a product in a specification (empty when it has none). */
    public synchronized StockAndCapacity stock(ProductCode product, String specification, BigDecimal quantity) {
        stock.merge(key(product, specification), quantity, BigDecimal::add);
        return this;
    }

    /** Sets how much of a product can be made a day; a product without output cannot be produced. */
    public synchronized StockAndCapacity dailyOutput(ProductCode product, BigDecimal perDay) {
        if (perDay.signum() <= 0) {
            throw new IllegalArgumentException(product + ": the daily output must be positive");
        }
        dailyOutput.put(product, perDay);
        return this;
    }

    /** The finished stock not yet taken by released orders. */
    public synchronized BigDecimal stockOf(ProductCode product, String specification) {
        return stock.getOrDefault(key(product, specification), BigDecimal.ZERO);
    }

    @Override
    public synchronized SupplyAnswer check(SupplyRequest request) {
        BigDecimal fromStock = stockOf(request.product(), request.specification()).min(request.quantity());
        BigDecimal toProduce = request.quantity().subtract(fromStock);
        if (toProduce.signum() == 0) {
            return SupplyAnswer.fromStock(fromStock, request.today());
        }
        return run(request.product(), toProduce, request.today(), Map.of())
            .map(run -> new SupplyAnswer(fromStock, toProduce, run.ready()))
            .orElse(SupplyAnswer.impossible());
    }

    @Override
    public synchronized List<PlannedLine> plan(OrderId order, List<ProductionRequest> lines, LocalDate today) {
        Planned earlier = planned.get(order);
        if (earlier != null) {
            if (earlier.covers(lines)) {
                return earlier.lines();
            }
            withdraw(order); // planned for other quantities (an amended order): plan it afresh
        }
        List<PlannedLine> plan = new ArrayList<>();
        Map<String, BigDecimal> taken = new HashMap<>();
        Map<ProductCode, Map<LocalDate, BigDecimal>> output = new HashMap<>();
        for (ProductionRequest line : lines) {
            String key = key(line.product(), line.specification());
            BigDecimal quantity = line.fromStock().add(line.toProduce());
            BigDecimal available = stockOf(line.product(), line.specification())
                .subtract(taken.getOrDefault(key, BigDecimal.ZERO));
            BigDecimal fromStock = line.fromStock().min(available.max(BigDecimal.ZERO));
            BigDecimal toProduce = quantity.subtract(fromStock);
            taken.merge(key, fromStock, BigDecimal::add);
            if (toProduce.signum() == 0) {
                plan.add(PlannedLine.fromStock(line.line(), fromStock));
            } else {
                Run run = run(line.product(), toProduce, today, output)
                    .orElseThrow(() -> new ProductionUnavailable(line.product()));
                run.days().forEach((day, made) -> output.computeIfAbsent(line.product(), p -> new HashMap<>())
                    .merge(day, made, BigDecimal::add));
                plan.add(new PlannedLine(line.line(), fromStock, toProduce, run.start(), run.ready()));
            }
        }
        taken.forEach((key, quantity) -> stock.merge(key, quantity.negate(), BigDecimal::add));
        output.forEach((product, days) -> days.forEach((day, quantity) -> booked
            .computeIfAbsent(product, p -> new HashMap<>()).merge(day, quantity, BigDecimal::add)));
        planned.put(order, new Planned(List.copyOf(plan), taken, output));
        return List.copyOf(plan);
    }

    @Override
    public synchronized void withdraw(OrderId order) {
        Planned plan = planned.remove(order);
        if (plan != null) {
            plan.stockTaken().forEach((key, quantity) -> stock.merge(key, quantity, BigDecimal::add));
            plan.output().forEach((product, days) -> days.forEach((day, quantity) -> booked.get(product)
                .merge(day, quantity.negate(), BigDecimal::add)));
        }
    }

    /**
     * When a run of the quantity could start and be ready, and the output it takes each day; empty when
     * the product cannot be produced (no output set, or not within ten years).
     *
     * @param tentative output already taken by earlier lines of the plan being made
     */
    private Optional<Run> run(ProductCode product, BigDecimal quantity, LocalDate today,
                              Map<ProductCode, Map<LocalDate, BigDecimal>> tentative) {
        BigDecimal perDay = dailyOutput.get(product);
        Optional<Product> known = catalogue.find(product);
        if (perDay == null || known.isEmpty()) {
            return Optional.empty();
        }
        Map<LocalDate, BigDecimal> taken = booked.getOrDefault(product, Map.of());
        Map<LocalDate, BigDecimal> planning = tentative.getOrDefault(product, Map.of());
        Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
        BigDecimal left = quantity;
        LocalDate day = today;
        LocalDate start = null;
        LocalDate last = today;
        for (int searched = 0; left.signum() > 0; searched++) {
            if (searched > MAX_DAYS) {
                return Optional.empty();
            }
            BigDecimal spare = perDay.subtract(taken.getOrDefault(day, BigDecimal.ZERO))
                .subtract(planning.getOrDefault(day, BigDecimal.ZERO));
            if (spare.signum() > 0) {
                BigDecimal made = spare.min(left);
                days.put(day, made);
                left = left.subtract(made);
                start = start == null ? day : start;
                last = day;
            }
            day = day.plusDays(1);
        }
        LocalDate ready = last.plusDays(1);
        LocalDate leadTime = start.plusDays(known.get().leadTimeDays());
        return Optional.of(new Run(start, ready.isBefore(leadTime) ? leadTime : ready, days));
    }

    /** A production run: its first day, the day it is ready, and the output it takes each day. */
    private record Run(LocalDate start, LocalDate ready, Map<LocalDate, BigDecimal> days) {
    }

    private static String key(ProductCode product, String specification) {
        return product.value() + '\u0000' + (specification == null ? "" : specification);
    }

    private record Planned(List<PlannedLine> lines, Map<String, BigDecimal> stockTaken,
                           Map<ProductCode, Map<LocalDate, BigDecimal>> output) {
        /** Whether the plan is for these lines and quantities. */
        boolean covers(List<ProductionRequest> requested) {
            if (requested.size() != lines.size()) {
                return false;
            }
            for (ProductionRequest request : requested) {
                boolean same = lines.stream().anyMatch(line -> line.line() == request.line()
                    && line.fromStock().add(line.toProduce())
                        .compareTo(request.fromStock().add(request.toProduce())) == 0);
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }
}
