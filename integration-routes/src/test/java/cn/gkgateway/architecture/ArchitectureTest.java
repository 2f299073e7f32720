package cn.gkgateway.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of DESIGN.md, checked on the compiled classes of all modules:
 * integration-routes → connectors → core-domain, and never back; the domain knows nothing
 * of Camel, JMS, HTTP or servlets; no feature reaches into another's {@code internal}; the domain's
 * features depend on each other without cycles.
 */
class ArchitectureTest {

    static final String[] DOMAIN = {"cn.gkgateway.shared..", "cn.gkgateway.identity..", "cn.gkgateway.organisation..",
            "cn.gkgateway.catalog..", "cn.gkgateway.roster..", "cn.gkgateway.plan..", "cn.gkgateway.declaration..",
            "cn.gkgateway.eligibility..", "cn.gkgateway.review..", "cn.gkgateway.audit..", "cn.gkgateway.outbox..",
            "cn.gkgateway.notification..", "cn.gkgateway.evidence..", "cn.gkgateway.exam..", "cn.gkgateway.certificate..",
            "cn.gkgateway.notice..", "cn.gkgateway.accounts.."};
    static final String[] APPLICATION = {"cn.gkgateway.routes..", "cn.gkgateway.web..", "cn.gkgateway.security..",
            "cn.gkgateway.config..", "cn.gkgateway.demo.."};

    private static final Pattern INTERNAL = Pattern.compile("cn\\.gkgateway\\.([a-z]+)\\.internal(\\..*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gkgateway");
        // the rules below mean something only if every module's classes were found
        assertThat(classes.contain(cn.gkgateway.declaration.Declaration.class)).isTrue();
        assertThat(classes.contain(cn.gkgateway.connectors.sms.HttpSmsGateway.class)).isTrue();
        assertThat(classes.contain(cn.gkgateway.routes.OutboxRelayRoute.class)).isTrue();
    }

    @Test
    void domainKnowsNoTransportNorTheOuterModules() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "jakarta.jms..", "org.springframework.jms..",
                        "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..", "java.net.http..",
                        "cn.gkgateway.connectors..")
                .orShould().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .check(classes);
    }

    @Test
    void connectorsDoNotReachIntoTheApplication() {
        noClasses().that().resideInAPackage("cn.gkgateway.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
                .check(classes);
    }

    @Test
    void featuresDoNotTouchEachOthersInternals() {
        Set<String> featuresWithInternals = classes.stream().map(JavaClass::getPackageName)
                .map(INTERNAL::matcher).filter(Matcher::matches).map(matcher -> matcher.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        // the rule means something only while there are internals to protect
        assertThat(featuresWithInternals).contains("roster", "catalog");
        for (String feature : featuresWithInternals) {
            classes().that().resideInAPackage("cn.gkgateway." + feature + ".internal..")
                    .should().onlyHaveDependentClassesThat().resideInAPackage("cn.gkgateway." + feature + "..")
                    .as("only " + feature + " uses " + feature + ".internal")
                    .check(classes);
        }
    }

    @Test
    void domainFeaturesDependOnEachOtherWithoutCycles() {
        JavaClasses domain = classes.that(JavaClass.Predicates.resideInAnyPackage(DOMAIN));
        slices().matching("cn.gkgateway.(*)..").should().beFreeOfCycles().check(domain);
    }
}
