package vn.lachan;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of STYLE.md that the module check does not cover.
 */
@AnalyzeClasses(packages = "vn.lachan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("only a module's own services use its repositories");

	@ArchTest
	static final ArchRule noStores = noClasses().should()
		.haveSimpleNameEndingWith("Store")
		.because("persistence classes are XRepository (Spring Data, or JdbcClient that writes) or "
				+ "XQueries (JdbcClient that only reads), docs/DEVELOPING.md \"Names\"");

	@ArchTest
	static final ArchRule noFieldInjection = fields().should()
		.notBeAnnotatedWith(Autowired.class)
		.because("dependencies come through constructors");

	@ArchTest
	static final ArchRule internalNeverUsesWeb = noClasses().that()
		.resideInAPackage("vn.lachan..internal..")
		.should()
		.dependOnClassesThat(resideInAPackage("vn.lachan.*.web..").and(resideOutsideOfPackage("vn.lachan.shared..")))
		.because("the model does not know its controllers (the shared web kernel excepted)");

	@ArchTest
	static final ArchRule noJackson2InApplicationCode = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("com.fasterxml.jackson.databind..")
		.because("application code stays on Jackson 3 (tools.jackson)");

	@ArchTest
	static final ArchRule noUtilPackages = noClasses().should()
		.resideInAnyPackage("..util..", "..utils..", "..helpers..")
		.because("names say what a thing is in the domain's words");

	@ArchTest
	static final ArchRule noJpa = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
		.because("persistence is Spring Data JDBC and JdbcClient");

}
