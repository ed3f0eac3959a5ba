package dev.pail.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlCodecTest {

    @Test
    void parsesCreateBucketConfigurationInTheS3Namespace() {
        CreateBucketConfiguration config = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <LocationConstraint>eu-west-1</LocationConstraint>
                </CreateBucketConfiguration>""");
        assertThat(config.locationConstraint()).contains("eu-west-1");
        assertThat(config.tags()).isEmpty();
    }

    @Test
    void parsesCreateBucketConfigurationWithoutANamespace() {
        CreateBucketConfiguration config = parse(
                "<CreateBucketConfiguration><LocationConstraint>ap-south-1</LocationConstraint></CreateBucketConfiguration>");
        assertThat(config.locationConstraint()).contains("ap-south-1");
    }

    @Test
    void parsesCreateBucketConfigurationWithAPrefixedNamespace() {
        CreateBucketConfiguration config = parse("<s3:CreateBucketConfiguration xmlns:s3=\"" + XmlCodec.S3_NAMESPACE
                + "\"><s3:LocationConstraint>us-west-2</s3:LocationConstraint></s3:CreateBucketConfiguration>");
        assertThat(config.locationConstraint()).contains("us-west-2");
    }

    @Test
    void parsesTags() {
        CreateBucketConfiguration config = parse("""
                <CreateBucketConfiguration>
                  <Tags><Tag><Key>team</Key><Value>storage</Value></Tag><Tag><Key>env</Key><Value>test</Value></Tag></Tags>
                </CreateBucketConfiguration>""");
        assertThat(config.tags()).extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team", "storage"),
                        org.assertj.core.groups.Tuple.tuple("env", "test"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"<CreateBucketConfiguration/>",
        "<CreateBucketConfiguration><LocationConstraint>  </LocationConstraint></CreateBucketConfiguration>"})
    void emptyOrBlankLocationConstraintIsAbsent(String xml) {
        assertThat(parse(xml).locationConstraint()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "not xml", "<CreateBucketConfiguration>",
        "<CreateBucketConfiguration><LocationConstraint>eu-west-1</CreateBucketConfiguration>",
        "<CreateBucketConfiguration></CreateBucketConfiguration><Extra/>",
        "<CreateBucketConfiguration><Unknown>x</Unknown></CreateBucketConfiguration>"})
    void malformedXmlIsMalformedXml(String xml) {
        assertMalformed(xml.getBytes(StandardCharsets.UTF_8));
    }
    @Test
    void rootElementOfAnotherDocumentTypeIsMalformedXml() {
        assertMalformed("<LocationConstraint>eu-west-1</LocationConstraint>".getBytes(StandardCharsets.UTF_8));
    }
    @Test
    void unknownRootElementIsMalformedXml() {
        assertMalformed(("<SomethingElse><LocationConstraint>eu-west-1</LocationConstraint></SomethingElse>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntityIsMalformedXmlAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "eu-west-1");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE CreateBucketConfiguration [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CreateBucketConfiguration><LocationConstraint>&xxe;</LocationConstraint></CreateBucketConfiguration>";
        // had the entity been resolved, the document would parse with the file's content as the region
        assertMalformed(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalDtdIsNotLoaded(@TempDir Path dir) throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY region \"eu-west-1\">");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE CreateBucketConfiguration SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<CreateBucketConfiguration><LocationConstraint>&region;</LocationConstraint></CreateBucketConfiguration>";
        assertMalformed(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void locationConstraintIsWrittenWithS3AsTheDefaultNamespace() {
        String xml = new String(XmlCodec.toXml(new LocationConstraint("eu-west-1")), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        assertThat(xml).contains("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1"
                + "</LocationConstraint>");
        assertThat(xml).doesNotContain("ns2:").doesNotContain("xmlns:");
    }

    @Test
    void emptyLocationConstraintIsAnEmptyElement() {
        String xml = new String(XmlCodec.toXml(new LocationConstraint(null)), StandardCharsets.UTF_8);
        assertThat(xml).containsPattern("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\""
                + "(/>|></LocationConstraint>)");
    }

    @Test
    void listAllMyBucketsResultUsesTheDefaultNamespaceForNestedElements() {
        ListAllMyBucketsResult result = new ListAllMyBucketsResult(new Owner("id1", "me"),
                List.of(new ListAllMyBucketsResult.Entry("a&b", "2024-01-01T00:00:00.000Z", "us-east-1")), null, null);
        String xml = new String(XmlCodec.toXml(result), StandardCharsets.UTF_8);
        assertThat(xml).contains("<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                .contains("<Owner><ID>id1</ID><DisplayName>me</DisplayName></Owner>")
                .contains("<Bucket><Name>a&amp;b</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate>"
                        + "<BucketRegion>us-east-1</BucketRegion><BucketArn>arn:aws:s3:::a&amp;b</BucketArn></Bucket>")
                .doesNotContain("ns2:")
                .doesNotContain("ContinuationToken");
    }

    private static CreateBucketConfiguration parse(String xml) {
        return XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), CreateBucketConfiguration.class);
    }

    private static void assertMalformed(byte[] xml) {
        assertThatThrownBy(() -> XmlCodec.fromXml(xml, CreateBucketConfiguration.class))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }
}
