package org.meridianshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import org.meridianshop.platform.api.AdminOnly;

/** The rules of the house: capabilities talk through doors, the platform knows no business. */
@AnalyzeClasses(packages = "org.meridianshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule platformKnowsNoCapability =
      noClasses()
          .that()
          .resideInAPackage("org.meridianshop.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.meridianshop.catalog..",
              "org.meridianshop.search..",
              "org.meridianshop.pricing..",
              "org.meridianshop.customer..",
              "org.meridianshop.cart..",
              "org.meridianshop.inventory..",
              "org.meridianshop.order..",
              "org.meridianshop.payment..",
              "org.meridianshop.notification..",
              "org.meridianshop.analytics..");

  @ArchTest
  static final ArchRule capabilitiesDoNotDependOnEachOtherInCycles =
      slices().matching("org.meridianshop.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theDomainDoesNotKnowItsAdapters =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.meridianshop.catalog",
              "org.meridianshop.customer",
              "org.meridianshop.cart",
              "org.meridianshop.inventory")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.meridianshop.catalog.api..",
              "org.meridianshop.catalog.web..",
              "org.meridianshop.customer.api..",
              "org.meridianshop.customer.web..",
              "org.meridianshop.cart.api..",
              "org.meridianshop.cart.web..",
              "org.meridianshop.inventory.api..",
              "org.meridianshop.inventory.web..");

  /** Admin resources check their callers themselves; forgetting the check must not compile in. */
  @ArchTest
  static final ArchRule everyAdminResourceIsForAdministratorsOnly =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .and(pathStartsWith("/admin"))
          .should()
          .beAnnotatedWith(AdminOnly.class);

  private static DescribedPredicate<JavaClass> pathStartsWith(String prefix) {
    return DescribedPredicate.describe(
        "have a path under " + prefix,
        type -> type.getAnnotationOfType(Path.class).value().startsWith(prefix));
  }
}
