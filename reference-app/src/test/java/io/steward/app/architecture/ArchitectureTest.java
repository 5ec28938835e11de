package io.steward.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.steward.testkit.architecture.StewardRules;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ARCHITECTURE.md enforced on every Steward module: the reference app's classpath holds ports, domain, every
 * adapter and the composition root. One test per rule, so a failure names the rule it broke.
 */
class ArchitectureTest {
    private static final JavaClasses STEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.steward.ports", "io.steward.domain", "io.steward.adapter", "io.steward.app");

    @TestFactory
    Stream<DynamicTest> the_layering_of_architecture_md_holds() {
        return StewardRules.LAYERS.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(STEWARD)));
    }

    /** What an integrator writes in their own build: their code uses the ports; their wiring may use the domain. */
    @Test
    void integrator_code_that_uses_only_the_ports_passes() {
        JavaClasses erp = new ClassFileImporter().importPackages("io.steward.app.architecture.erp");
        StewardRules.usesPortsOnly("io.steward.app.architecture.erp..", "io.steward.app.architecture.erp.wiring..").check(erp);
    }

    @Test
    void integrator_code_that_reaches_into_the_domain_fails() {
        JavaClasses leaky = new ClassFileImporter().importPackages("io.steward.app.architecture.leaky");
        ArchRule rule = StewardRules.usesPortsOnly("io.steward.app.architecture.leaky..", "io.steward.app.architecture.leaky.wiring..");
        assertThatThrownBy(() -> rule.check(leaky)).isInstanceOf(AssertionError.class).hasMessageContaining("EstateQueries");
    }
}
