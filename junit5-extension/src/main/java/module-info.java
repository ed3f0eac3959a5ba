/** Pail's JUnit 5 integration: {@code @PailTest}, {@code @PailInject} and {@code PailExtension}. */
module dev.pail.junit5 {
    requires transitive dev.pail.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;
    requires transitive software.amazon.awssdk.services.s3;

    exports dev.pail.junit5;
}
