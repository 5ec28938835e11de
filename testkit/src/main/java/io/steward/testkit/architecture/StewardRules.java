package io.steward.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/** ARCHITECTURE.md's rules, numbered as there. */
public final class StewardRules {
    public static final String PORTS = "io.steward.ports..";
    public static final String DOMAIN = "io.steward.domain..";
    public static final String ADAPTERS = "io.steward.adapter..";
    public static final String COMPOSITION_ROOT = "io.steward.app..";

    private StewardRules() {
    }

    /** 1. The published contract is plain Java. */
    public static final ArchRule PORTS_DEPEND_ON_JAVA_ONLY = classes().that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PORTS)
            .because("ports is the API/SPI integrators code against: no third-party types may leak into it");

    /** 1. The rules depend on the contract and the JDK, never on a framework. */
    public static final ArchRule DOMAIN_DEPENDS_ON_PORTS_AND_JAVA_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PORTS, DOMAIN)
            .because("the domain holds the rules and nothing else: no jakarta.*, no Lombok, no adapter");

    /** 2. Adapters implement or drive ports; they never reach into the domain. */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_DOMAIN = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(DOMAIN)
            .because("an adapter sees state records and use-case interfaces, never an aggregate");

    /** 2. No adapter depends on a sibling. */
    public static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("io.steward.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("adapters are replaceable one by one");

    /** 3. Only the composition root builds domain services. */
    public static final ArchRule ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_THE_DOMAIN = noClasses()
            .that().resideOutsideOfPackages(DOMAIN, COMPOSITION_ROOT)
            .should().callConstructorWhere(DescribedPredicate.describe("the constructor is a domain class's",
                    call -> call.getTarget().getOwner().getPackageName().startsWith("io.steward.domain")))
            .because("the composition root is the one place where domain services meet their adapters");

    /** 3. JPA entities live in the JPA adapter only. */
    public static final ArchRule ENTITIES_ONLY_IN_THE_JPA_ADAPTER = classes().that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("io.steward.adapter.jpa..");

    /** 3. Jakarta REST resources live in the REST adapter only. */
    public static final ArchRule RESOURCES_ONLY_IN_THE_REST_ADAPTER = classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage("io.steward.adapter.rest..");

    /** 4. In-port and out-port packages hold interfaces, records (with their builders), enums and exceptions only. */
    public static final ArchRule PORT_PACKAGES_HOLD_CONTRACTS_ONLY = classes()
            .that().resideInAnyPackage("io.steward.ports..in..", "io.steward.ports..out..")
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(contract()))
            .because("a port is a contract: behaviour belongs to the domain or an adapter");

    /** 5. Contexts talk through ids and events; their packages form no cycle, in the contract and in the rules. */
    public static final ArchRule NO_CYCLES_BETWEEN_CONTEXTS = CompositeArchRule
            .of(slices().matching("io.steward.ports.(*)..").should().beFreeOfCycles())
            .and(slices().matching("io.steward.domain.(*)..").should().beFreeOfCycles());

    /** 5. Dependencies come through constructors; the one exception is {@code @PersistenceContext}. */
    public static final ArchRule NO_FIELD_INJECTION = CompositeArchRule
            .of(noFields().should().beAnnotatedWith("jakarta.inject.Inject")
                    .because("constructor injection keeps dependencies visible and classes testable without a container"))
            .and(noFields().should().beAnnotatedWith("jakarta.ws.rs.core.Context"));

    /** 5. No generic exceptions thrown: refusals name their rule. */
    public static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> BUSINESS_REFUSAL =
            DescribedPredicate.describe("the constructor is Refusal's or Conflict's", call -> {
                String owner = call.getTarget().getOwner().getFullName();
                return owner.equals("io.steward.ports.shared.Refusal") || owner.equals("io.steward.ports.shared.Conflict");
            });

    /** 5. The domain refuses through its contexts' catalogues, so every code it can answer is listed with its status. */
    public static final ArchRule REFUSALS_COME_FROM_CATALOGUES = noClasses().that().resideInAPackage(DOMAIN)
            .should().callConstructorWhere(BUSINESS_REFUSAL)
            .because("a context's refusals are its catalogue's entries (EstateRefusals, KeyRefusals …: RefusalCode)");

    /** 5. Adapters answer technical conflicts only, with the same codes on every adapter. */
    public static final ArchRule ADAPTERS_ANSWER_TECHNICAL_CONFLICTS_ONLY = noClasses()
            .that().resideInAnyPackage("io.steward.adapter.memory..", "io.steward.adapter.jpa..")
            .should().callConstructorWhere(BUSINESS_REFUSAL)
            .because("a business rule is the domain's; an out-port answers StoreConflict, ConcurrentUpdate or NotFound");

    /** Style: domain language in ports and domain, technical suffixes only in adapters. */
    public static final ArchRule NO_TECHNICAL_SUFFIXES_IN_THE_CORE = noClasses().that().resideInAnyPackage(PORTS, DOMAIN)
            .should().haveSimpleNameEndingWith("Entity").orShould().haveSimpleNameEndingWith("Dto")
            .orShould().haveSimpleNameEndingWith("DTO").orShould().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Bean")
            .because("ports and domain speak the domain's language (jMolecules)");

    /** Every rule above, for a build of Steward itself. */
    public static final List<ArchRule> LAYERS = List.of(PORTS_DEPEND_ON_JAVA_ONLY, DOMAIN_DEPENDS_ON_PORTS_AND_JAVA_ONLY,
            ADAPTERS_DO_NOT_DEPEND_ON_DOMAIN, ADAPTERS_ARE_INDEPENDENT, ONLY_THE_COMPOSITION_ROOT_CONSTRUCTS_THE_DOMAIN,
            ENTITIES_ONLY_IN_THE_JPA_ADAPTER, RESOURCES_ONLY_IN_THE_REST_ADAPTER, PORT_PACKAGES_HOLD_CONTRACTS_ONLY,
            NO_CYCLES_BETWEEN_CONTEXTS, NO_FIELD_INJECTION, NO_GENERIC_EXCEPTIONS, NO_TECHNICAL_SUFFIXES_IN_THE_CORE,
            REFUSALS_COME_FROM_CATALOGUES, ADAPTERS_ANSWER_TECHNICAL_CONFLICTS_ONLY);

    /**
     * 7. For an integrator: code in {@code integratorPackage} may use Steward's ports but not its domain, except in
     * the integrator's own composition root (which builds the domain services, as the reference server does).
     *
     * @param integratorPackage  e.g. {@code "com.example.erp.."}
     * @param compositionRoot    e.g. {@code "com.example.erp.wiring.."}
     */
    public static ArchRule usesPortsOnly(String integratorPackage, String compositionRoot) {
        return noClasses().that().resideInAPackage(integratorPackage).and().resideOutsideOfPackage(compositionRoot)
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, ADAPTERS)
                .because("an embedding application codes against io.steward.ports; only its composition root wires the domain");
    }

    private static DescribedPredicate<JavaClass> contract() {
        return DescribedPredicate.describe("an interface, record, enum or exception, or a record's Builder", c -> c.isInterface()
                || c.isEnum() || c.isRecord() || c.isAssignableTo(Throwable.class)
                || c.getModifiers().contains(JavaModifier.SYNTHETIC) || recordBuilder(c));
    }

    /**
     * A big state record's {@code toBuilder()} copy (docs/architecture.md, Versioned state): a static nested class
     * named {@code Builder} of a record, which only collects components for the record's own constructor.
     */
    private static boolean recordBuilder(JavaClass c) {
        return c.getSimpleName().equals("Builder") && c.getModifiers().contains(JavaModifier.STATIC)
                && c.getEnclosingClass().map(JavaClass::isRecord).orElse(false);
    }
}
