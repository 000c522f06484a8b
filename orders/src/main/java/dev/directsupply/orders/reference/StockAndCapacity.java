package dev.directsupply.orders.reference;

import dev.directsupply.orders.PlannedLine;
import dev.directsupply.orders.Product;
import dev.directsupply.orders.ProductCatalogue;
import dev.directsupply.orders.ProductionPlanning;
import dev.directsupply.orders.ProductionRequest;
import dev.directsupply.orders.ProductionUnavailable;
import dev.directsupply.orders.SupplyAnswer;
import dev.directsupply.orders.SupplyCheck;
import dev.directsupply.orders.SupplyRequest;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.ProductCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small reference of inventory and capacity, for examples and tests (DS-4.1.2, DS-4.1.3): finished
 * stock per product and specification, and a daily output per product. A line is taken from stock as
 * far as stock goes; the rest is produced in one run that starts when the product's line is free and
 * takes the longer of the product's lead time and the days its output needs. Releasing an order takes
 * what stock is left (making up any shortfall since the review) and books its runs, all or nothing;
 * withdrawing it gives the stock back (booked runs stay booked: a real planner would re-plan).
 * Quantities are in the product's own unit. Thread-safe.
 */
public final class StockAndCapacity implements SupplyCheck, ProductionPlanning {
    private final ProductCatalogue catalogue;
    private final Map<String, BigDecimal> stock = new HashMap<>();
    private final Map<ProductCode, BigDecimal> dailyOutput = new HashMap<>();
    private final Map<ProductCode, LocalDate> busyUntil = new HashMap<>();
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
        return run(request.product(), toProduce, request.today(), busyUntil)
            .map(run -> new SupplyAnswer(fromStock, toProduce, run[1]))
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
        Map<ProductCode, LocalDate> booked = new HashMap<>(busyUntil);
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
                LocalDate[] run = run(line.product(), toProduce, today, booked)
                    .orElseThrow(() -> new ProductionUnavailable(line.product()));
                booked.put(line.product(), run[1]);
                plan.add(new PlannedLine(line.line(), fromStock, toProduce, run[0], run[1]));
            }
        }
        taken.forEach((key, quantity) -> stock.merge(key, quantity.negate(), BigDecimal::add));
        busyUntil.putAll(booked);
        planned.put(order, new Planned(List.copyOf(plan), taken));
        return List.copyOf(plan);
    }

    @Override
    public synchronized void withdraw(OrderId order) {
        Planned plan = planned.remove(order);
        if (plan != null) {
            plan.stockTaken().forEach((key, quantity) -> stock.merge(key, quantity, BigDecimal::add));
        }
    }

    /** The start and finish of a run of the quantity, or empty when the product cannot be produced. */
    private Optional<LocalDate[]> run(ProductCode product, BigDecimal quantity, LocalDate today,
                                      Map<ProductCode, LocalDate> busy) {
        BigDecimal perDay = dailyOutput.get(product);
        Optional<Product> known = catalogue.find(product);
        if (perDay == null || known.isEmpty()) {
            return Optional.empty();
        }
        LocalDate free = busy.get(product);
        LocalDate start = free == null || free.isBefore(today) ? today : free.plusDays(1);
        long outputDays = quantity.divide(perDay, 0, RoundingMode.CEILING).longValueExact();
        long days = Math.max(known.get().leadTimeDays(), outputDays);
        return Optional.of(new LocalDate[] {start, start.plusDays(days)});
    }

    private static String key(ProductCode product, String specification) {
        return product.value() + '\u0000' + (specification == null ? "" : specification);
    }

    private record Planned(List<PlannedLine> lines, Map<String, BigDecimal> stockTaken) {
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
