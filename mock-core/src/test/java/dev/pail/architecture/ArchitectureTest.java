package dev.pail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules of the house (DESIGN.md), checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses PAIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pail");

    @Test
    void theStoreIsPureDomainAndImportsOnlyTheJdk() {
        classes().that().resideInAPackage("dev.pail.internal.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.pail.internal.store..")
                .check(PAIL);
    }

    @Test
    void accessEvaluationIsPureAndKnowsNothingOfHttpHandlersOrXml() {
        classes().that().resideInAPackage("dev.pail.internal.access..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.pail", "dev.pail.internal.access..",
                        "dev.pail.internal.error..", "dev.pail.internal.json..")
                .check(PAIL);
    }

    @Test
    void authenticationIsPureAndKnowsNothingOfHandlersOrTheServer() {
        noClasses().that().resideInAPackage("dev.pail.internal.auth..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pail.internal.server..", "dev.pail.internal.handler..",
                        "dev.pail.internal.protocol..", "dev.pail.internal.access..")
                .check(PAIL);
    }

    @Test
    void jaxbTypesLiveOnlyInTheXmlPackage() {
        noClasses().that().resideOutsideOfPackage("dev.pail.internal.xml..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "org.glassfish.jaxb..")
                .check(PAIL);
    }

    @Test
    void undertowAndXnioLiveOnlyInTheServerPackage() {
        noClasses().that().resideOutsideOfPackage("dev.pail.internal.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..", "org.jboss..")
                .check(PAIL);
    }

    @Test
    void handlersAndProtocolKnowNothingOfTheServer() {
        noClasses().that().resideInAnyPackage("dev.pail.internal.handler..", "dev.pail.internal.protocol..",
                        "dev.pail.internal.store..", "dev.pail.internal.xml..")
                .should().dependOnClassesThat().resideInAPackage("dev.pail.internal.server..")
                .check(PAIL);
    }

    @Test
    void theAwsSdkIsTouchedOnlyWhereItIsOptional() {
        noClasses().that().resideOutsideOfPackages("dev.pail", "dev.pail.client..", "dev.pail.internal.harness..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .check(PAIL);
    }

    @Test
    void assertjIsTouchedOnlyByTheAssertJEntryPoint() {
        noClasses().that().resideOutsideOfPackage("dev.pail.assertj..")
                .should().dependOnClassesThat().resideInAPackage("org.assertj..")
                .check(PAIL);
    }

    @Test
    void thePublicApiDoesNotLeanOnTheServer() {
        noClasses().that().resideInAnyPackage("dev.pail.recording..", "dev.pail.verify..", "dev.pail.fault..",
                        "dev.pail.assertj..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pail.internal.server..", "dev.pail.internal.store..",
                        "dev.pail.internal.handler..")
                .check(PAIL);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses().that().resideOutsideOfPackage("dev.pail.internal.server..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.logging.Logger")
                .check(PAIL);
    }
}
