/** Pail's TestNG integration: {@code PailListener}, with TestNG's {@code @PailTest} and {@code @PailInject}. */
module dev.pail.testng {
    requires transitive dev.pail.core;
    requires transitive org.testng;

    exports dev.pail.testng;
}
