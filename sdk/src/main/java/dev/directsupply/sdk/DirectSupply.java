package dev.directsupply.sdk;

import dev.directsupply.admission.AdmissionModule;
import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.CreditEvaluations;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.development.TargetDesk;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.agreement.AgreementDesk;
import dev.directsupply.kernel.agreement.AgreementsModule;
import dev.directsupply.kernel.agreement.StoredAgreements;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.module.DomainModule;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.OrdersModule;
import dev.directsupply.delivery.DeliveryModule;
import dev.directsupply.delivery.inspection.InspectionDesk;
import dev.directsupply.delivery.reference.RecordedNotices;
import dev.directsupply.delivery.shipment.DeliveryNotices;
import dev.directsupply.delivery.shipment.ReadyGoods;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.orders.order.AgreedTermsSource;
import dev.directsupply.orders.order.Billing;
import dev.directsupply.orders.order.CreditCheck;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductionPlanning;
import dev.directsupply.orders.order.SupplyCheck;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.risk.RiskModule;
import dev.directsupply.risk.account.CompanyFacts;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.OrderStages;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.risk.register.SupplySignals;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The SDK in one object: build it once at start-up and share it; it is thread-safe and keeps no
 * state of its own between calls (everything lives in the store), so any number of host instances
 * may share one database. It starts the modules — customers, risk, admission, orders — over one pipeline,
 * in that order, connects the ports between them, and relays their events.
 *
 * <pre>{@code
 * DirectSupply sdk = DirectSupply.builder()
 *     .store(myStore)                              // default: in memory
 *     .policyFile(Path.of("policy.yaml"))          // default: POLICY.md's values
 *     .build();
 * Customer customer = sdk.customers().register(actor, command);
 * }</pre>
 */
public final class DirectSupply implements AutoCloseable {
    /** The zone business dates are counted in unless the host's clock says otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final DocumentStore store;
    private final Clock clock;
    private final AccessPolicy access;
    private final Assembly assembly;
    private final EventRelay events;
    private final DeliveryNotices notices;
    private final OrderShipments orderShipments;

    private DirectSupply(Builder builder) {
        this.store = builder.store != null ? builder.store : new InMemoryDocumentStore();
        this.clock = builder.clock != null ? builder.clock : Clock.system(DEFAULT_ZONE);
        this.access = builder.access != null ? builder.access : defaultAccess();
        PolicyParameters policy = builder.policy != null ? builder.policy : defaultPolicy();
        AuditSeal seal = builder.auditKey != null ? AuditSeal.withKey(builder.auditKey) : AuditSeal.unkeyed();
        Assembly.Builder modules = Assembly.builder(modules()).store(store).clock(clock).access(access)
            .agreements(builder.agreements != null ? builder.agreements : new StoredAgreements(store))
            .validator(new CommandValidator(builder.validator != null ? builder.validator : defaultValidator(clock),
                policy.section(InputParameters.class).businessDates()))
            .seal(seal)
            .policy(policy)
            .bridge(CreditCheck.class, context -> new RiskCreditCheck(context.service(CreditDesk.class)))
            .bridge(CreditEvaluations.class, context -> new RiskCreditEvaluations(context.service(CreditDesk.class),
                context.policy().section(CreditParameters.class)))
            .bridge(Billing.class, context -> new ReceivablesBilling(context.service(ReceivablesDesk.class)))
            .bridge(AgreedTermsSource.class, context -> new CooperationTerms(context.service(CooperationDesk.class),
                context.pipeline().systemActor("orders")))
            .bridge(OrderStages.class, OrderDeskStages::new)
            // DS-6.1.3, DS-6.1.4: the risk register hears of quality and supply from delivery, unless the host
            // measures them itself; delivery starts after risk, so its desks are asked when the monitor runs.
            .bridge(QualitySignals.class, context -> new InspectionQualitySignals(() -> context.service(
                InspectionDesk.class), context.pipeline().systemActor("signals"), context.clock()))
            .bridge(ReadyGoods.class, context -> new OrderReadyGoods(context.service(OrderDesk.class),
                context.pipeline().systemActor("delivery")))
            .bridge(SupplySignals.class, context -> new LateDeliverySignals(() -> context.service(ShipmentDesk.class),
                () -> context.service(OrderDesk.class), context.pipeline().systemActor("signals"), context.clock()));
        this.notices = (DeliveryNotices) builder.ports.computeIfAbsent(DeliveryNotices.class,
            type -> new RecordedNotices());
        builder.ports.forEach((type, implementation) -> port(modules, type, implementation));
        this.assembly = modules.build();
        this.orderShipments = new OrderShipments(assembly.pipeline(), assembly.service(OrderDesk.class),
            assembly.service(ShipmentDesk.class));
        List<Subscription> subscriptions = new ArrayList<>(assembly.subscriptions());
        subscriptions.addAll(builder.subscriptions);
        this.events = new EventRelay(store, subscriptions, assembly.pipeline(),
            assembly.policy().section(RelayParameters.class), builder.relayListener, seal, builder.instance);
    }

    @SuppressWarnings("unchecked")
    private static <T> void port(Assembly.Builder modules, Class<T> type, Object implementation) {
        modules.port(type, (T) implementation);
    }

    /** The modules the SDK starts, in order: each may use the services of those before it. */
    static List<DomainModule> modules() {
        return List.of(new AgreementsModule(), new CustomerModule(), new RiskModule(), new AdmissionModule(),
            new OrdersModule(), new DeliveryModule(), new Connections());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every module's default grants (DS-7.2.2). */
    public static AccessPolicy defaultAccess() {
        return Assembly.defaultAccess(modules());
    }

    /** Every section a policy file may hold, each with the defaults the SDK ships (POLICY.md's values). */
    public static List<ParameterSection<?>> policySections() {
        return Assembly.sections(modules());
    }

    /** POLICY.md's values, and the company's defaults where the policy leaves a value open. */
    public static PolicyParameters defaultPolicy() {
        return PolicyParameters.defaults(policySections());
    }

    /**
     * A policy file in JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}): one section per module
     * area, each key it leaves out keeping its default. A bad file is refused whole, naming every bad key.
     */
    public static PolicyParameters policyFile(Path file) {
        return PolicyParameters.read(policySections(), PolicyFile.read(file));
    }

    /**
     * Hibernate Validator without Expression Language, its clock the SDK's (for {@code @PastOrPresent}).
     * Every validator comes from one factory, built when first asked and shared by all SDK instances in
     * the JVM: a factory learns each command type's constraints once, which is most of what validating
     * a command costs the first time.
     */
    public static Validator defaultValidator(Clock clock) {
        return SharedValidation.FACTORY.usingContext().clockProvider(() -> clock).getValidator();
    }

    /** The shared factory, built on first use (the holder idiom keeps it lazy and safely published). */
    private static final class SharedValidation {
        static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

        private SharedValidation() {
        }
    }

    /**
     * The register of confidentiality agreements (DS-7.2.3): nobody sees customer information without one
     * in force on the day. Management records them as people sign.
     */
    public AgreementDesk agreements() {
        return assembly.service(AgreementDesk.class);
    }

    /** Customers: registration, classification, information security (DS-2, DS-7). */
    public CustomerDesk customers() {
        return assembly.service(CustomerDesk.class);
    }

    /**
     * Cooperation agreements (DS-3.4 step 6): the one each admission ends with, amendments and renewals as
     * versions, the terms in force on a day — which orders and invoices read — and those about to expire.
     */
    public CooperationDesk cooperation() {
        return assembly.service(CooperationDesk.class);
    }

    /**
     * Admission (DS-3.4): a registered prospect applies, is reviewed in six steps by three different people,
     * and becomes an active customer when its cooperation agreement is signed.
     */
    public AdmissionDesk admission() {
        return assembly.service(AdmissionDesk.class);
    }

    /**
     * Leads (DS-3.1.2): prospects found at trade shows, on visits, online or by referral, worked with
     * follow-ups and converted into admission applications.
     */
    public LeadDesk leads() {
        return assembly.service(LeadDesk.class);
    }

    /** Development targets per stage and segment, and their progress at any time (DS-3.1.1). */
    public TargetDesk targets() {
        return assembly.service(TargetDesk.class);
    }

    /** Credit grading, limits and the credit check (DS-3.3.2, DS-4.1.2, DS-6.2.1). */
    public CreditDesk credit() {
        return assembly.service(CreditDesk.class);
    }

    /** Invoices, payments, ageing and dunning (DS-6.1.1, DS-6.2.1). */
    public ReceivablesDesk receivables() {
        return assembly.service(ReceivablesDesk.class);
    }

    /** The risk register (DS-6.1, DS-6.2). */
    public RiskDesk riskRegister() {
        return assembly.service(RiskDesk.class);
    }

    /** Orders: receipt, review, release, tracking, delay warnings and feedback (DS-4.1). */
    public OrderDesk orders() {
        return assembly.service(OrderDesk.class);
    }

    /** Shipments (DS-4.2): planned, inspected, packed, announced, dispatched, accepted with the customer. */
    public ShipmentDesk shipments() {
        return assembly.service(ShipmentDesk.class);
    }

    /** Inspection records of lots (DS-4.1.3, DS-6.2.3); a lot ships only with a passed final inspection. */
    public InspectionDesk inspections() {
        return assembly.service(InspectionDesk.class);
    }

    /** Shipments planned from an order's ready goods, the order's terms filled in (DS-4.2). */
    public OrderShipments orderShipments() {
        return orderShipments;
    }

    /** Where delivery notices go: the host's, or the notices kept in memory by default. */
    public DeliveryNotices deliveryNotices() {
        return notices;
    }

    /** The service a module provides, by its type: {@code service(OrderDesk.class)}. */
    public <T> T service(Class<T> type) {
        return assembly.service(type);
    }

    /**
     * The relay that carries events between the modules and to the host's subscribers: call
     * {@code events().drain()} after commands, or {@code events().start(every)} once.
     */
    public EventRelay events() {
        return events;
    }

    /** Stops the background event relay, if it was started. */
    @Override
    public void close() {
        events.close();
    }

    public DocumentStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /** The policy parameters in force: {@code policy().section(OrderParameters.class)}. */
    public PolicyParameters policy() {
        return assembly.policy();
    }

    /** Who may do what. */
    public AccessPolicy access() {
        return access;
    }

    /** Chooses what the SDK runs on; everything has a default. */
    public static final class Builder {
        private static final Pattern INSTANCE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");
        private DocumentStore store;
        private Clock clock;
        private PolicyParameters policy;
        private AccessPolicy access;
        private Validator validator;
        private ConfidentialityRegister agreements;
        private byte[] auditKey;
        private final Map<Class<?>, Object> ports = new LinkedHashMap<>();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private RelayListener relayListener = RelayListener.NONE;
        private String instance = "";

        private Builder() {
        }

        /**
         * The host's implementation of a port of a module, in place of the SDK's connection or
         * reference implementation: {@code port(ProductionPlanning.class, myPlanner)}.
         */
        public <T> Builder port(Class<T> type, T implementation) {
            ports.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(implementation, type.getName()));
            return this;
        }

            /**
         * How delivery notices reach customers (DS-4.2.3): the host's e-mail, text message, EDI or portal. By
         * default they are only kept in memory ({@link RecordedNotices}, read through
         * {@link DirectSupply#deliveryNotices()}): give the SDK your own before going live.
         */
        public Builder deliveryNotices(DeliveryNotices notices) {
            return port(DeliveryNotices.class, notices);
        }

        /** The products orders may name (default: an empty in-memory catalogue). */
        public Builder catalogue(ProductCatalogue catalogue) {
            return port(ProductCatalogue.class, catalogue);
        }

        /**
         * Where orders read the agreed terms, when the host keeps cooperation agreements in a system of its own
         * (default: the SDK's own, {@link DirectSupply#cooperation()}).
         */
        public Builder agreedTerms(AgreedTermsSource terms) {
            return port(AgreedTermsSource.class, terms);
        }

        /** Capacity and inventory for the order review (default: stock and capacity of the catalogue, none in it). */
        public Builder supply(SupplyCheck supply) {
            return port(SupplyCheck.class, supply);
        }

        /** Production planning for released orders (default: the same stock and capacity). */
        public Builder production(ProductionPlanning production) {
            return port(ProductionPlanning.class, production);
        }

        /** Outside company data for the credit scorecard (default: none known, missing-data rules apply). */
        public Builder companyFacts(CompanyFacts facts) {
            return port(CompanyFacts.class, facts);
        }

        /** Complaint and return rates that raise quality risks (default: none reported). */
        public Builder qualitySignals(QualitySignals signals) {
            return port(QualitySignals.class, signals);
        }

        /** Late-delivery rates that raise supply risks (default: none reported). */
        public Builder supplySignals(SupplySignals signals) {
            return port(SupplySignals.class, signals);
        }

        /**
         * Adds a subscriber of the host's to an event type the modules publish ({@code orders.OrderShipped},
         * say), delivered at least once by {@link DirectSupply#events()} beside the modules' own. An event
         * type no module publishes is refused, naming those that are.
         */
        public Builder subscribe(String name, String eventType, EventHandler handler) {
            Map<String, Class<? extends DomainEvent>> published = Assembly.events(modules());
            if (!published.containsKey(eventType)) {
                throw new IllegalArgumentException("no module publishes '" + eventType + "'; the event types are "
                    + published.keySet());
            }
            subscriptions.add(new Subscription(name, eventType, handler));
            return this;
        }

        /**
         * Hears the event relay's failed and parked deliveries and its failed rounds (default: nobody).
         * The relay's timeout, back-off and retention are the policy file's {@code relay} section.
         */
        public Builder relayListener(RelayListener listener) {
            this.relayListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The name of this SDK instance among those that share one store, stable across restarts (the
         * host's name, say): 1 to 63 lower-case letters, digits, dots and hyphens, starting with a letter
         * or digit. The event relay then keeps its notes of what each subscriber took under this name,
         * so that instances relaying at once do not write the same ones, and reads every instance's
         * (ADR 0030). Default: none, for a single instance; instances without a name share their notes,
         * which is correct but makes their relays conflict on every run. A name no longer in use
         * leaves its notes behind: a few small documents that are read with the others.
         *
         * @throws IllegalArgumentException when the name is not of that shape
         */
        public Builder instance(String name) {
            if (name == null || !INSTANCE.matcher(name).matches()) {
                throw new IllegalArgumentException("an instance's name is 1 to 63 lower-case letters, digits, dots "
                    + "and hyphens, starting with a letter or digit, not '" + name + "'");
            }
            this.instance = name;
            return this;
        }

        /** The storage: any implementation of the SPI (default: {@link InMemoryDocumentStore}). */
        public Builder store(DocumentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Where time comes from; its zone decides business dates (default: system clock, Asia/Shanghai). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The policy parameters (default: {@link #defaultPolicy()}). */
        public Builder policy(PolicyParameters policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Reads the policy parameters from a JSON or YAML file; a bad file fails here, naming each bad key. */
        public Builder policyFile(Path file) {
            return policy(DirectSupply.policyFile(file));
        }

        /**
         * Where persons' confidentiality agreements are looked up (DS-7.2.3), when the host's HR system
         * keeps them (default: the SDK's own register, {@link DirectSupply#agreements()}).
         */
        public Builder confidentialityRegister(ConfidentialityRegister register) {
            this.agreements = Objects.requireNonNull(register, "register");
            return this;
        }

        /** Who may do what (default: {@link #defaultAccess()}). */
        public Builder access(AccessPolicy access) {
            this.access = Objects.requireNonNull(access, "access");
            return this;
        }

        /**
         * A Jakarta validator of the host's (default: Hibernate Validator, see {@link #defaultValidator}).
         * Give it the SDK's clock through its {@code ClockProvider}, or {@code @PastOrPresent} on
         * commands is judged by a different clock than the rest of the SDK.
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * A secret that seals the audit trail with HMAC-SHA-256 (DS-7.2.1); keep it outside the
         * database. Without one the trail is chained with plain SHA-256.
         */
        public Builder auditKey(byte[] secret) {
            this.auditKey = Objects.requireNonNull(secret, "secret").clone();
            return this;
        }

        public DirectSupply build() {
            return new DirectSupply(this);
        }
    }
}
