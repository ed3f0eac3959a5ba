package dev.pail.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SigV2 against vectors it did not produce. The "docs" tests are the examples of AWS's "Signing and
 * authenticating REST requests" page, with the bucket "johnsmith" its signatures were made with (the
 * current page renamed the bucket "awsexamplebucket1" but kept the old signatures). The others were
 * produced with botocore 1.43.11: {@code HmacV1Auth} and {@code HmacV1QueryAuth} on hand-built
 * {@code AWSRequest}s, and the "client" ones captured from a botocore S3 client configured with
 * {@code signature_version='s3'} just before sending; the Date is fixed at {@value #DATE} and
 * Expires at {@value #EXPIRES}. Inputs are the request as the server sees it (path, query and headers
 * as sent, names lower-cased); every signature was checked against the one botocore put in the request.
 */
class SigV2Test {

    /** botocore's credentials: AKIDEXAMPLE with a secret that needs no escaping but is not plain. */
    private static final String SECRET = "secret/with+chars=";

    /** The AWS documentation's example secret (access key AKIAIOSFODNN7EXAMPLE). */
    private static final String DOCS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static final String DATE = "Tue, 01 Apr 2025 12:00:00 GMT";

    private static final String EXPIRES = "1743512400";

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");

    /** A request as the server sees it; header names and values alternate, a repeated name repeats. */
    private static AuthRequest request(String method, String rawPath, String rawQuery, String hostBucket,
                                       String... headerNamesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.computeIfAbsent(headerNamesAndValues[i], name -> new ArrayList<>())
                    .add(headerNamesAndValues[i + 1]);
        }
        return new AuthRequest(method, rawPath, rawQuery, headers, Optional.ofNullable(hostBucket), NOW, NOW);
    }

    // ---- AWS documentation examples ----

    /** Object GET, virtual-hosted: the resource includes the bucket the Host header names. */
    @Test
    void docsObjectGet() {
        AuthRequest request = request("GET", "/photos/puppy.jpg", "", "johnsmith",
                "host", "johnsmith.s3.amazonaws.com",
                "date", "Tue, 27 Mar 2007 19:36:42 +0000");
        String expected = "GET\n\n\nTue, 27 Mar 2007 19:36:42 +0000\n/johnsmith/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("bWq2s1WEIj+Ydj0vQ697zp+IXMU=");
    }

    /** Object PUT: Content-Type in its place, Content-MD5 empty when absent. */
    @Test
    void docsObjectPut() {
        AuthRequest request = request("PUT", "/photos/puppy.jpg", "", "johnsmith",
                "content-type", "image/jpeg",
                "content-length", "94328",
                "host", "johnsmith.s3.amazonaws.com",
                "date", "Tue, 27 Mar 2007 21:15:45 +0000");
        String expected = "PUT\n\nimage/jpeg\nTue, 27 Mar 2007 21:15:45 +0000\n/johnsmith/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("MyyxeRY7whkBe+bq8fHCL/2kKUg=");
    }

    /** List: trailing slash on the resource, list parameters not signed. */
    @Test
    void docsList() {
        AuthRequest request = request("GET", "/", "prefix=photos&max-keys=50&marker=puppy", "johnsmith",
                "user-agent", "Mozilla/5.0",
                "host", "johnsmith.s3.amazonaws.com",
                "date", "Tue, 27 Mar 2007 19:42:41 +0000");
        String expected = "GET\n\n\nTue, 27 Mar 2007 19:42:41 +0000\n/johnsmith/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("htDYFYduRNen8P9ZfE/s9SuKy0U=");
    }

    /** Fetch: the ?acl sub-resource is signed. */
    @Test
    void docsFetchAcl() {
        AuthRequest request = request("GET", "/", "acl", "johnsmith",
                "host", "johnsmith.s3.amazonaws.com",
                "date", "Tue, 27 Mar 2007 19:44:46 +0000");
        String expected = "GET\n\n\nTue, 27 Mar 2007 19:44:46 +0000\n/johnsmith/?acl";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("c2WLPFtWHVgbEmeEG93a4cG37dM=");
    }

    /** Upload to a CNAME bucket: amz headers lower-cased, sorted, trimmed, repeated ones joined. */
    @Test
    void docsUploadWithMetadata() {
        AuthRequest request = request("PUT", "/db-backup.dat.gz", "", "static.johnsmith.net",
                "user-agent", "curl/7.15.5",
                "host", "static.johnsmith.net:8080",
                "date", "Tue, 27 Mar 2007 21:06:08 +0000",
                "x-amz-acl", "public-read",
                "content-type", "application/x-download",
                "content-md5", "4gJE4saaMU4BqNR0kLY+lw==",
                "x-amz-meta-reviewedby", "joe@johnsmith.net",
                "x-amz-meta-reviewedby", "jane@johnsmith.net",
                "x-amz-meta-filechecksum", "0x02661779",
                "x-amz-meta-checksumalgorithm", "crc32",
                "content-disposition", "attachment; filename=database.dat",
                "content-encoding", "gzip",
                "content-length", "5913339");
        String expected = "PUT\n"
                + "4gJE4saaMU4BqNR0kLY+lw==\n"
                + "application/x-download\n"
                + "Tue, 27 Mar 2007 21:06:08 +0000\n"
                + "x-amz-acl:public-read\n"
                + "x-amz-meta-checksumalgorithm:crc32\n"
                + "x-amz-meta-filechecksum:0x02661779\n"
                + "x-amz-meta-reviewedby:joe@johnsmith.net,jane@johnsmith.net\n"
                + "/static.johnsmith.net/db-backup.dat.gz";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("ilyl83RwaSoYIEdixDQcA4OnAnc=");
    }

    /** List all my buckets: the resource is "/". */
    @Test
    void docsListAllMyBuckets() {
        AuthRequest request = request("GET", "/", "", null,
                "host", "s3.amazonaws.com",
                "date", "Wed, 28 Mar 2007 01:29:59 +0000");
        String expected = "GET\n\n\nWed, 28 Mar 2007 01:29:59 +0000\n/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("qGdzdERIC03wnaRNKh6OqZehG9s=");
    }

    /** Unicode keys: the path is signed literally, escapes and their case as sent. */
    @Test
    void docsUnicodeKeys() {
        AuthRequest request = request("GET", "/dictionary/fran%C3%A7ais/pr%c3%a9f%c3%a8re", "", null,
                "host", "s3.amazonaws.com",
                "date", "Wed, 28 Mar 2007 01:49:49 +0000");
        String expected = "GET\n\n\nWed, 28 Mar 2007 01:49:49 +0000\n/dictionary/fran%C3%A7ais/pr%c3%a9f%c3%a8re";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("DNEZGsoieTZ92F3bUfSPQcbGmlM=");
    }

    /** Query string authentication: Expires in the Date position, the auth parameters not signed. */
    @Test
    void docsQueryStringAuthentication() {
        AuthRequest request = request("GET", "/photos/puppy.jpg",
                "AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D&Expires=1175139620",
                "johnsmith",
                "host", "johnsmith.s3.amazonaws.com");
        String expected = "GET\n\n\n1175139620\n/johnsmith/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForQuery(request, "1175139620")).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("NpgCjnDzrM+WFzoENXmpNDUsSn8=");
    }

    /** AWS's rule: folded header lines are unfolded, the folding whitespace replaced by one space. */
    @Test
    void foldedAmzHeaderIsUnfolded() {
        AuthRequest request = request("GET", "/bucket/key", "", null,
                "date", DATE,
                "x-amz-meta-folded", "first line\r\n   second line");

        assertThat(SigV2.stringToSignForHeader(request))
                .isEqualTo("GET\n\n\n" + DATE + "\nx-amz-meta-folded:first line second line\n/bucket/key");
    }

    // ---- botocore vectors ----

    /** A plain GET of an object, path style: bucket and key are the resource. */
    @Test
    void getObjectPathStyle() {
        AuthRequest request = request("GET", "/bucket/photos/puppy.jpg", "", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:11woE0Bidfh8/KHu3TFNLSXMlBY=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("11woE0Bidfh8/KHu3TFNLSXMlBY=");
    }

    /**
     * Content-MD5 and Content-Type take their places; x-amz-* headers are lower-cased, sorted, trimmed,
     * repeated ones joined by commas.
     */
    @Test
    void putWithContentMd5TypeAndRepeatedMetadata() {
        AuthRequest request = request("PUT", "/bucket/db-backup.dat.gz", "", null,
                "host", "s3.localhost:9000",
                "content-type", "application/x-download",
                "content-md5", "4gJE4saaMU4BqNR0kLY+lw==",
                "x-amz-meta-reviewedby", "joe@example.net",
                "x-amz-meta-reviewedby", "  jane@example.net ",
                "x-amz-acl", "public-read",
                "x-amz-meta-filechecksum", "0x02661779",
                "x-amz-meta-spaced", "  a  b  ",
                "content-encoding", "gzip",
                "content-length", "5913339",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:ldbsnlJ9fUpUjSW5hZuHQa7Gddw=");
        String expected = "PUT\n"
                + "4gJE4saaMU4BqNR0kLY+lw==\n"
                + "application/x-download\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "x-amz-acl:public-read\n"
                + "x-amz-meta-filechecksum:0x02661779\n"
                + "x-amz-meta-reviewedby:joe@example.net,jane@example.net\n"
                + "x-amz-meta-spaced:a  b\n"
                + "/bucket/db-backup.dat.gz";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("ldbsnlJ9fUpUjSW5hZuHQa7Gddw=");
    }

    /**
     * With x-amz-date the Date position is empty and x-amz-date is signed as an amz header (botocore
     * signer with Date blanked, as AWS prescribes).
     */
    @Test
    void amzDateBlanksTheDatePosition() {
        AuthRequest request = request("DELETE", "/bucket/photos/puppy.jpg", "", null,
                "host", "s3.localhost:9000",
                "x-amz-date", "Tue, 01 Apr 2025 12:00:01 GMT",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:58QTXoGofc3r+T/pdGX3izzb+BA=");
        String expected = "DELETE\n"
                + "\n"
                + "\n"
                + "\n"
                + "x-amz-date:Tue, 01 Apr 2025 12:00:01 GMT\n"
                + "/bucket/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("58QTXoGofc3r+T/pdGX3izzb+BA=");
    }

    /** Virtual-hosted style: the Host bucket leads the resource, and ?acl is signed. */
    @Test
    void aclSubResourceVirtualHosted() {
        AuthRequest request = request("GET", "/", "acl", "bucket",
                "host", "bucket.s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:tO+f+I0kv8GHJSk2+vRLEQi8dAU=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/?acl";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("tO+f+I0kv8GHJSk2+vRLEQi8dAU=");
    }

    /** uploadId and partNumber are signed, sorted by name whatever the order sent. */
    @Test
    void uploadPartSubResourcesAreSorted() {
        AuthRequest request = request("PUT", "/bucket/big.bin",
                "uploadId=VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"
                + "&partNumber=2",
                null,
                "host", "s3.localhost:9000",
                "content-length", "5",
                "content-md5", "XUFAKrxLKna5cZ2REBfFkg==",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:LH8YefJe8FU3Ya42LGNf3zpXaY8=");
        String expected = "PUT\n"
                + "XUFAKrxLKna5cZ2REBfFkg==\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/big.bin?partNumber=2"
                + "&uploadId=VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("LH8YefJe8FU3Ya42LGNf3zpXaY8=");
    }

    /** A sub-resource value is signed percent-decoded. */
    @Test
    void versionIdValueIsSignedDecoded() {
        AuthRequest request = request("GET", "/bucket/key.txt",
                "versionId=3%2FL4kqtJlcpXroDTDmJ%2Brm%3DSpXd3dIbrHY",
                null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:YiNDajjo5BruNoFFTuAvTfoEAYs=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/key.txt?versionId=3/L4kqtJlcpXroDTDmJ+rm=SpXd3dIbrHY";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("YiNDajjo5BruNoFFTuAvTfoEAYs=");
    }

    /** The response-* overrides are signed, decoded and sorted. */
    @Test
    void responseOverridesAreSignedDecoded() {
        AuthRequest request = request("GET", "/bucket/report.csv",
                "response-content-type=text%2Fcsv%3B%20charset%3Dutf-8"
                + "&response-content-disposition=attachment%3B%20filename%3D%22a%20b.csv%22"
                + "&response-cache-control=no-cache",
                null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:7uTDtZg5p6G+BPdt6k0kxt4wVJs=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/report.csv?response-cache-control=no-cache"
                + "&response-content-disposition=attachment; filename=\"a b.csv\""
                + "&response-content-type=text/csv; charset=utf-8";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("7uTDtZg5p6G+BPdt6k0kxt4wVJs=");
    }

    /** Query parameters that are not sub-resources (prefix, max-keys, marker) are left out. */
    @Test
    void listParametersAreNotSigned() {
        AuthRequest request = request("GET", "/bucket/", "prefix=photos%2F&max-keys=2&marker=puppy", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
    }

    /** The path is signed as sent, escapes and their case included. */
    @Test
    void encodedKeyIsSignedAsSent() {
        AuthRequest request = request("GET", "/bucket/a%20b/%C3%BC%2Bx~/pr%c3%a9f%c3%a8re.txt", "", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:sxBHy5PcdNV6qBYfDGTsqZDkHBU=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/a%20b/%C3%BC%2Bx~/pr%c3%a9f%c3%a8re.txt";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("sxBHy5PcdNV6qBYfDGTsqZDkHBU=");
    }

    /** Virtual-hosted style object: "/" + bucket, then the raw path. */
    @Test
    void virtualHostedObjectKey() {
        AuthRequest request = request("HEAD", "/dir/%E2%82%AC%20euro.txt", "", "bucket",
                "host", "bucket.s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:jkpoVCb+5Ss41Y++KVNKbgdhhHc=");
        String expected = "HEAD\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/dir/%E2%82%AC%20euro.txt";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("jkpoVCb+5Ss41Y++KVNKbgdhhHc=");
    }

    /** A sub-resource sent with "=" but no value is signed with the "=" (botocore splits the pair as sent). */
    @Test
    void emptySubResourceValueKeepsEquals() {
        AuthRequest request = request("PUT", "/bucket/key", "tagging=&x=1", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:x6GxYxFlcP6Ee6pFKBgxSE9vR9Q=");
        String expected = "PUT\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/key?tagging=";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("x6GxYxFlcP6Ee6pFKBgxSE9vR9Q=");
    }

    /** The x-amz-security-token header of temporary credentials is an amz header like any other. */
    @Test
    void sessionTokenIsSigned() {
        AuthRequest request = request("GET", "/bucket/key", "", null,
                "host", "s3.localhost:9000",
                "x-amz-security-token", "session+token/value==",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:aZD1CeMrQQT0c/Im273QiizkJzg=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "x-amz-security-token:session+token/value==\n"
                + "/bucket/key";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("aZD1CeMrQQT0c/Im273QiizkJzg=");
    }

    /** Sub-resources among other parameters: only the sub-resources, sorted, each as sent once. */
    @Test
    void multipleSubResourcesMixedWithOtherParameters() {
        AuthRequest request = request("GET", "/bucket/",
                "versions&prefix=a&key-marker=k&version-id-marker=v&max-keys=2",
                null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:MLnaYAUUjMUHO+o+KcaxKf7BUWY=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/?versions";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("MLnaYAUUjMUHO+o+KcaxKf7BUWY=");
    }

    /**
     * botocore sends a path-style bucket request as "/bucket" but signs "/bucket/": the resource gets the
     * slash.
     */
    @Test
    void clientPathStyleBucketGetsTrailingSlash() {
        AuthRequest request = request("GET", "/bucket", "prefix=a&max-keys=2&encoding-type=url", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
    }

    /** Path-style "/bucket?acl" is signed "/bucket/?acl". */
    @Test
    void clientPathStyleBucketAcl() {
        AuthRequest request = request("GET", "/bucket", "acl", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:tO+f+I0kv8GHJSk2+vRLEQi8dAU=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/?acl";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("tO+f+I0kv8GHJSk2+vRLEQi8dAU=");
    }

    /** A botocore client in virtual-hosted style. */
    @Test
    void clientVirtualHostedListObjects() {
        AuthRequest request = request("GET", "/", "prefix=a&encoding-type=url", "bucket",
                "host", "bucket.s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
    }

    /** ?encryption is not in botocore's list, so it is not signed. */
    @Test
    void clientEncryptionIsNotASubResource() {
        AuthRequest request = request("GET", "/bucket", "encryption", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("r6q7v/4Jhy7zQbLo2lniM4XPxfk=");
    }

    /** ?uploads is signed. */
    @Test
    void clientCreateMultipartUploadSignsUploads() {
        AuthRequest request = request("POST", "/bucket/a%20b.txt", "uploads", null,
                "host", "s3.localhost:9000",
                "content-type", "text/plain",
                "x-amz-meta-color", "blue",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:SwC0v5oIFtt1gLaZvBrY00e3fNE=",
                "content-length", "0");
        String expected = "POST\n"
                + "\n"
                + "text/plain\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "x-amz-meta-color:blue\n"
                + "/bucket/a%20b.txt?uploads";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("SwC0v5oIFtt1gLaZvBrY00e3fNE=");
    }

    /** ?delete is signed, with the Content-MD5 botocore computes. */
    @Test
    void clientDeleteObjectsSignsDeleteAndContentMd5() {
        AuthRequest request = request("POST", "/bucket", "delete", null,
                "host", "s3.localhost:9000",
                "x-amz-checksum-crc32", "Ufrckg==",
                "x-amz-sdk-checksum-algorithm", "CRC32",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:P3wRvvQWCWs0LcYMF8mLc4FYSGM=",
                "content-length", "123");
        String expected = "POST\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "x-amz-checksum-crc32:Ufrckg==\n"
                + "x-amz-sdk-checksum-algorithm:CRC32\n"
                + "/bucket/?delete";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("P3wRvvQWCWs0LcYMF8mLc4FYSGM=");
    }

    /** ?object-lock is in botocore's list. */
    @Test
    void clientObjectLockIsASubResource() {
        AuthRequest request = request("GET", "/", "object-lock", "bucket",
                "host", "bucket.s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:RjXMqlr4ImHJ3a3BrrefFDrT0Gk=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/?object-lock";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("RjXMqlr4ImHJ3a3BrrefFDrT0Gk=");
    }

    /** ?select&select-type=2 are both signed. */
    @Test
    void clientSelectObjectContentSignsSelectAndType() {
        AuthRequest request = request("POST", "/bucket/data.csv", "select&select-type=2", null,
                "host", "s3.localhost:9000",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:B3IgNAh533qmc6l9cpm6VVpZ+28=",
                "content-length", "286");
        String expected = "POST\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "/bucket/data.csv?select&select-type=2";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("B3IgNAh533qmc6l9cpm6VVpZ+28=");
    }

    /** GET with versionId and a Range header: only versionId is signed. */
    @Test
    void clientGetObjectVersionAndRange() {
        AuthRequest request = request("GET", "/bucket/k", "versionId=v1.x_y-z", null,
                "host", "s3.localhost:9000",
                "range", "bytes=0-9",
                "x-amz-checksum-mode", "ENABLED",
                "date", DATE,
                "authorization", "AWS AKIDEXAMPLE:QKwWACQJI4E6HuesJrVzrpTEFa0=");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "Tue, 01 Apr 2025 12:00:00 GMT\n"
                + "x-amz-checksum-mode:ENABLED\n"
                + "/bucket/k?versionId=v1.x_y-z";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("QKwWACQJI4E6HuesJrVzrpTEFa0=");
    }

    /** A presigned GET: Expires takes the Date position; the auth parameters are not signed. */
    @Test
    void presignedGet() {
        AuthRequest request = request("GET", "/bucket/photos/puppy.jpg",
                "AWSAccessKeyId=AKIDEXAMPLE&Signature=8s6rkgZdZg75Fb6HfJZjB0F8vcA%3D"
                + "&Expires=1743512400",
                null,
                "host", "s3.localhost:9000");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "1743512400\n"
                + "/bucket/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("8s6rkgZdZg75Fb6HfJZjB0F8vcA=");
    }

    /** A presigned GET with a response override in the URL. */
    @Test
    void presignedGetWithResponseOverride() {
        AuthRequest request = request("GET", "/bucket/a%20b.txt",
                "response-content-disposition=attachment%3B%20filename%3D%22x.txt%22"
                + "&AWSAccessKeyId=AKIDEXAMPLE"
                + "&Signature=L2UT3VZuHCBOLAB%2Fk%2BVZP6g9S9k%3D&Expires=1743512400",
                null,
                "host", "s3.localhost:9000");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "1743512400\n"
                + "/bucket/a%20b.txt"
                + "?response-content-disposition=attachment; filename=\"x.txt\"";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("L2UT3VZuHCBOLAB/k+VZP6g9S9k=");
    }

    /** botocore moves x-amz-* headers into the presigned URL: they are signed from the query. */
    @Test
    void presignedPutMovesAmzHeadersIntoQuery() {
        AuthRequest request = request("PUT", "/bucket/upload.txt",
                "AWSAccessKeyId=AKIDEXAMPLE&Signature=9%2BpTDZ0oeFCuVwyBo1SbgNPsl8M%3D"
                + "&content-type=text%2Fplain&x-amz-meta-color=blue&x-amz-acl=private"
                + "&Expires=1743512400",
                null,
                "host", "s3.localhost:9000",
                "content-type", "text/plain",
                "content-length", "5");
        String expected = "PUT\n"
                + "\n"
                + "text/plain\n"
                + "1743512400\n"
                + "x-amz-acl:private\n"
                + "x-amz-meta-color:blue\n"
                + "/bucket/upload.txt";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("9+pTDZ0oeFCuVwyBo1SbgNPsl8M=");
    }

    /** x-amz-security-token in the presigned URL is signed. */
    @Test
    void presignedWithSessionTokenInQuery() {
        AuthRequest request = request("GET", "/key.txt",
                "AWSAccessKeyId=AKIDEXAMPLE&Signature=QWQ%2FIppdDTjCGXqLgA1XpbDNs9M%3D"
                + "&x-amz-security-token=session%2Btoken%2Fvalue%3D%3D&Expires=1743512400",
                "bucket",
                "host", "bucket.s3.localhost:9000");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "1743512400\n"
                + "x-amz-security-token:session+token/value==\n"
                + "/bucket/key.txt";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("QWQ/IppdDTjCGXqLgA1XpbDNs9M=");
    }

    /** An x-amz-* header sent with a presigned request is signed too. */
    @Test
    void presignedWithAmzHeaderSent() {
        AuthRequest request = request("GET", "/bucket/key.txt",
                "AWSAccessKeyId=AKIDEXAMPLE&Signature=OeI4QPxH0OwH9C1ABlOsoADS584%3D"
                + "&x-amz-request-payer=requester&Expires=1743512400",
                null,
                "host", "s3.localhost:9000",
                "x-amz-request-payer", "requester");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "1743512400\n"
                + "x-amz-request-payer:requester\n"
                + "/bucket/key.txt";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("OeI4QPxH0OwH9C1ABlOsoADS584=");
    }

    /** generate_presigned_url in virtual-hosted style, with versionId. */
    @Test
    void clientPresignedVirtualHosted() {
        AuthRequest request = request("GET", "/dir/k%20y.txt",
                "versionId=v2&AWSAccessKeyId=AKIDEXAMPLE"
                + "&Signature=dJ%2FoL9kEUyLmbgStkYgknNPEva8%3D&Expires=1743512400",
                "bucket",
                "host", "bucket.s3.localhost:9000");
        String expected = "GET\n"
                + "\n"
                + "\n"
                + "1743512400\n"
                + "/bucket/dir/k%20y.txt?versionId=v2";

        assertThat(SigV2.stringToSignForQuery(request, EXPIRES)).isEqualTo(expected);
        assertThat(SigV2.signature(SECRET, expected)).isEqualTo("dJ/oL9kEUyLmbgStkYgknNPEva8=");
    }

    /**
     * AWS's Delete example (Date and x-amz-date both sent), signed as AWS's rule and the SDKs do it: Date
     * empty, x-amz-date an amz header. The page's own StringToSign puts x-amz-date's value in the Date
     * position instead, contradicting its rule.
     */
    @Test
    void docsDeleteWithAmzDate() {
        AuthRequest request = request("DELETE", "/johnsmith/photos/puppy.jpg", "", null,
                "host", "s3.amazonaws.com",
                "user-agent", "dotnet",
                "x-amz-date", "Tue, 27 Mar 2007 21:20:26 +0000",
                "date", "Tue, 27 Mar 2007 21:20:27 +0000",
                "authorization", "AWS AKIAIOSFODNN7EXAMPLE:R4dJ53KECjStyBO5iTBJZ4XVOaI=");
        String expected = "DELETE\n"
                + "\n"
                + "\n"
                + "\n"
                + "x-amz-date:Tue, 27 Mar 2007 21:20:26 +0000\n"
                + "/johnsmith/photos/puppy.jpg";

        assertThat(SigV2.stringToSignForHeader(request)).isEqualTo(expected);
        assertThat(SigV2.signature(DOCS_SECRET, expected)).isEqualTo("R4dJ53KECjStyBO5iTBJZ4XVOaI=");
    }

}
