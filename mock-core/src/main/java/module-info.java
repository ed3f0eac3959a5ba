/**
 * Pail: an Amazon S3 you carry inside your test JVM. The exported packages are the public API;
 * everything under {@code dev.pail.internal} is Pail's own ({@code internal.harness} is shared with
 * the JUnit 5 and TestNG integrations only). The AWS SDK, AssertJ and opentest4j are optional: only
 * the client factory, the AssertJ entry point and richer assertion errors need them.
 */
module dev.pail.core {
    requires java.logging;
    requires java.net.http;
    requires java.xml;
    requires jakarta.xml.bind;
    requires org.slf4j;
    requires undertow.core;
    requires xnio.api;

    requires static software.amazon.awssdk.services.s3;
    requires static software.amazon.awssdk.core;
    requires static software.amazon.awssdk.awscore;
    requires static software.amazon.awssdk.auth;
    requires static software.amazon.awssdk.identity.spi;
    requires static software.amazon.awssdk.regions;
    requires static software.amazon.awssdk.http;
    requires static software.amazon.awssdk.http.apache;
    requires static software.amazon.awssdk.http.nio.netty;
    requires static software.amazon.awssdk.retries.api;
    requires static software.amazon.awssdk.utils;
    requires static org.assertj.core;
    requires static org.opentest4j;

    exports dev.pail;
    exports dev.pail.assertj;
    exports dev.pail.client;
    exports dev.pail.events;
    exports dev.pail.fault;
    exports dev.pail.recording;
    exports dev.pail.verify;
    exports dev.pail.internal.harness to dev.pail.junit5, dev.pail.testng;

    opens dev.pail.internal.xml to jakarta.xml.bind, org.glassfish.jaxb.core, org.glassfish.jaxb.runtime;
}
