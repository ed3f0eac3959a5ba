package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.auth.AuthResult;
import dev.pail.internal.auth.Principal;
import dev.pail.internal.auth.PostPolicy;
import dev.pail.internal.auth.PostPolicyForm;
import dev.pail.internal.auth.PostPolicySignature;
import dev.pail.internal.checksum.ChecksumAlgorithm;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.Notifier;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectResponses;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.handler.policy.RequestAuthorizer;
import dev.pail.internal.handler.tagging.Tagging;
import dev.pail.internal.protocol.AddressingStyle;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.MultipartForm;
import dev.pail.internal.protocol.Payload;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.PercentCodec;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.recording.RequestTrace;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.store.StoredChecksum;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.PostResponse;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * PostObject, the browser form upload: a {@code multipart/form-data} POST to a bucket whose fields
 * are what PutObject takes as headers, authenticated by its signed POST policy rather than by an
 * Authorization header. The form is judged before its file is read and the file's size after;
 * nothing is stored unless everything holds. Answers 303 to {@code success_action_redirect}, else
 * {@code success_action_status} 200, 201 (with a {@code PostResponse}) or 204.
 */
public final class PostObjectHandlers {

    /** Fields that are the form's own business, not headers of the object. */
    private static final Set<String> NOT_HEADERS = Set.of("x-amz-signature", "x-amz-credential", "x-amz-algorithm",
            "x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "x-amz-decoded-content-length",
            "x-amz-trailer");
    /** Fields that are PutObject's standard headers. */
    private static final Set<String> HEADER_FIELDS = Set.of("content-type", "cache-control", "content-disposition",
            "content-encoding", "content-language", "expires", "content-md5");

    private final HandlerContext context;
    private final PostPolicySignature signatures;
    private final RequestAuthorizer authorizer;

    public PostObjectHandlers(HandlerContext context) {
        this.context = context;
        this.signatures = new PostPolicySignature(context.users(), context.authentication());
        this.authorizer = new RequestAuthorizer(context);
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.POST_OBJECT, this::postObject);
    }

    private S3Response postObject(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        MultipartForm form = MultipartForm.read(request.header("content-type"), request.body());
        PostPolicyForm fields = new PostPolicyForm(form.expandedFields());
        String key = ObjectKeys.valid(fields.required("key"));
        request.http().trace().resolved(S3Operation.POST_OBJECT, Optional.of(bucket.name()), Optional.of(key));
        Signed signed = authenticate(request, bucket, fields);
        refusedBy(request.http().trace(), () -> {
            authorizer.authorizeWrite(request, signed.principal(), bucket, key);
            return null;
        });
        Optional<PostPolicy> policy = signed.policy();
        Headers headers = headers(fields);
        ObjectMetadata requested = ObjectMetadataParser.forNewVersion(headers, bucket, context.now());
        ObjectMetadata metadata = tags(fields).map(requested::withTags).orElse(requested);
        Optional<AccessControlPolicy> acl = ObjectAcls.requested(headers, bucket, context,
                signed.principal().user().orElseGet(() -> context.ownerOf(bucket)));
        long max = Math.min(ObjectHandlers.MAX_PUT_SIZE, policy.map(PostPolicy::maxSize).orElse(Long.MAX_VALUE));
        String etag;
        ObjectVersion version;
        Optional<StoredChecksum> checksum;
        try (Payload payload = readFile(request, form, headers, max)) {
            if (form.finish() > 0) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "POST requires exactly one file upload per request.")
                        .detail("ArgumentName", MultipartForm.FILE_FIELD).explain("the form has more than one file");
            }
            policy.ifPresent(p -> noteRefusal(request.http().trace(), () -> p.checkSize(payload.blob().size())));
            etag = ETags.quote(ChecksumEncoding.hex(payload.md5()));
            checksum = payload.checksum();
            version = bucket.put(key, new ObjectDraft(payload.blob(), etag, metadata, checksum, List.of()),
                    WriteConditions.from(headers), context.now());
        }
        acl.ifPresent(a -> ObjectAcls.put(bucket, version, a));
        Notifier.objectCreated(context, request, bucket, version, "Post");
        S3Response.Builder response = answer(request, fields, bucket.name(), key, etag).header("ETag", etag);
        checksum.ifPresent(c -> ObjectResponses.checksumHeaders(response, c));
        ObjectResponses.encryptionHeaders(response, metadata);
        if (bucket.versioning() != VersioningState.UNVERSIONED) {
            response.header("x-amz-version-id", version.versionId());
        }
        return response.build();
    }

    /** Who signed a form, and its policy (empty for an unsigned form, whose policy, if any, is ignored). */
    private record Signed(Principal principal, Optional<PostPolicy> policy) {
    }

    /**
     * Who signed the form, noted in the journal; then the policy, judged. An unsigned form is
     * anonymous (in STRICT authentication), and may write only where access control lets anonymous.
     */
    private Signed authenticate(S3Request request, Bucket bucket, PostPolicyForm fields) {
        RequestTrace trace = request.http().trace();
        return refusedBy(trace, () -> {
            AuthResult result = signatures.verify(fields, Optional.of(bucket.region()));
            trace.authenticated(result.principal().accessKeyId(), result.principal().method());
            result.detail().ifPresent(trace::authDetail);
            if (!PostPolicySignature.isSigned(fields)) {
                return new Signed(result.principal(), Optional.empty());
            }
            PostPolicy policy = PostPolicy.parse(fields.required("Policy"));
            policy.check(fields, bucket.name(), context.now());
            return new Signed(result.principal(), Optional.of(policy));
        });
    }

    /** Runs a check, noting in the journal why it refused the request. */
    private static <T> T refusedBy(RequestTrace trace, Supplier<T> check) {
        try {
            return check.get();
        } catch (S3Exception e) {
            e.explanation().ifPresent(trace::authDetail);
            throw e;
        }
    }

    private static void noteRefusal(RequestTrace trace, Runnable check) {
        refusedBy(trace, () -> {
            check.run();
            return null;
        });
    }

    /**
     * Streams the file into the store's chunks through PutObject's payload reader (Content-MD5 and
     * {@code x-amz-checksum-*} fields checked, the default CRC64NVME computed), at most {@code max}
     * bytes; beyond, the rest is read only to be counted for S3's {@code ProposedSize}.
     */
    private Payload readFile(S3Request request, MultipartForm form, Headers headers, long max) throws IOException {
        Headers.Builder integrity = Headers.builder();
        for (String name : headers.names()) {
            if (name.equals("content-md5") || name.startsWith("x-amz-checksum-") || name.equals("x-amz-sdk-checksum-algorithm")) {
                headers.all(name).forEach(value -> integrity.add(name, value));
            }
        }
        HttpRequest http = request.http();
        S3Request file = new S3Request(new HttpRequest(http.requestId(), http.hostId(), http.method(), http.rawPath(),
                http.rawQuery(), integrity.build(), form.file(), http.receivedAt(), http.trace()), request.operation(),
                request.address(), request.query());
        try {
            return PayloadReader.read(file, max, Optional.of(ChecksumAlgorithm.CRC64NVME), context.store().budget());
        } catch (S3Exception e) {
            if (e.code() != S3ErrorCode.ENTITY_TOO_LARGE) {
                throw e;
            }
            form.finish();
            S3Exception refusal = PostPolicy.tooLarge(form.fileBytesRead(), max)
                    .explain("the file has " + form.fileBytesRead() + " bytes; at most " + max + " are allowed");
            refusal.explanation().ifPresent(http.trace()::authDetail);
            throw refusal;
        }
    }

    /** The form's fields as the request headers PutObject would have had ({@code acl} is {@code x-amz-acl}). */
    private static Headers headers(PostPolicyForm fields) {
        Headers.Builder headers = Headers.builder();
        for (String name : fields.names()) {
            String value = fields.value(name).orElseThrow();
            if (name.equals("acl")) {
                headers.add("x-amz-acl", value);
            } else if (HEADER_FIELDS.contains(name) || (name.startsWith("x-amz-") && !NOT_HEADERS.contains(name))) {
                headers.add(name, value);
            }
        }
        return headers.build();
    }

    /** The {@code tagging} field: a {@code <Tagging>} document, as PutObjectTagging takes it. */
    private static Optional<Map<String, String>> tags(PostPolicyForm fields) {
        return fields.value("tagging").map(xml -> {
            Map<String, String> tags = Tagging.toMap(XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8),
                    dev.pail.internal.xml.Tagging.class).tagSet);
            Tagging.validate(tags);
            return tags;
        });
    }

    /** 303 to {@code success_action_redirect} when S3 can read it as a URL, else the {@code success_action_status}. */
    private static S3Response.Builder answer(S3Request request, PostPolicyForm fields, String bucket, String key,
                                             String etag) {
        Optional<String> redirect = fields.value("success_action_redirect").or(() -> fields.value("redirect"))
                .filter(PostObjectHandlers::isUrl);
        if (redirect.isPresent()) {
            return S3Response.status(303).header("Location", redirect(redirect.get(), bucket, key, etag));
        }
        String location = location(request, bucket, key);
        String status = fields.value("success_action_status").map(String::strip).orElse("204");
        if (status.equals("201")) {
            return S3Response.status(201).header("Location", location).body(new ResponseBody.Bytes(
                    new PostResponse(location, bucket, key, etag).toXml(), "application/xml"));
        }
        return S3Response.status(status.equals("200") ? 200 : 204).header("Location", location);
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false; // S3 "acts as if the field is not present"
        }
    }

    /** The redirect URL with {@code bucket}, {@code key} and {@code etag} appended, form-encoded, as S3 appends them. */
    static String redirect(String url, String bucket, String key, String etag) {
        String base = url.strip();
        int hash = base.indexOf('#');
        String fragment = hash < 0 ? "" : base.substring(hash);
        base = hash < 0 ? base : base.substring(0, hash);
        String separator = base.indexOf('?') < 0 ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + "bucket=" + URLEncoder.encode(bucket, StandardCharsets.UTF_8)
                + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "&etag=" + URLEncoder.encode(etag, StandardCharsets.UTF_8) + fragment;
    }

    /** The object's URL, as the client addressed the bucket, the key encoded with its slashes. */
    private static String location(S3Request request, String bucket, String key) {
        String host = request.header("host").orElse("localhost");
        String path = request.address().style() == AddressingStyle.VIRTUAL_HOST ? "" : "/" + PercentCodec.encode(bucket, false);
        return "http://" + host + path + "/" + PercentCodec.encode(key, false);
    }
}
