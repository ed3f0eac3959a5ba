#!/usr/bin/env python3
"""Regenerates dev/pail/S3Operation.java from botocore's S3 API model.

Run: python3 mock-core/src/build/generate_operations.py > mock-core/src/main/java/dev/pail/S3Operation.java
Each constant carries what the OperationResolver needs to tell operations apart:
the HTTP method, the request URI template, the query parameters and headers that
the model marks as required (only those that discriminate) and whether it is deprecated.
"""
import gzip, json, os, re
import botocore

model = json.load(gzip.open(os.path.join(os.path.dirname(botocore.__file__),
                                         "data/s3/2006-03-01/service-2.json.gz")))
ops, shapes = model["operations"], model["shapes"]
DISCRIMINATING_HEADERS = {"x-amz-copy-source"}

def const(name):
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    s = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", s)
    return s.upper()

def jstr(items):
    return "List.of(" + ", ".join('"%s"' % i for i in items) + ")"

lines = []
names = sorted(ops)
for i, name in enumerate(names):
    op = ops[name]
    http = op["http"]
    query, headers = [], []
    inp = op.get("input", {}).get("shape")
    if inp:
        s = shapes[inp]
        for r in s.get("required", []):
            m = s["members"][r]
            if m.get("location") == "querystring":
                query.append(m["locationName"])
            elif m.get("location") == "header" and m["locationName"].lower() in DISCRIMINATING_HEADERS:
                headers.append(m["locationName"].lower())
    end = ","
    lines.append('    %s("%s", "%s", "%s", %s, %s, %s)%s' % (
        const(name), name, http["method"], http["requestUri"], jstr(query), jstr(headers),
        "true" if op.get("deprecated") else "false", end))

print('''package dev.pail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation of the Amazon S3 API model ({@value #MODEL_VERSION}), one constant each.
 *
 * <p>Pail resolves each request it receives to one of these constants; the request journal,
 * verification patterns and fault rules are expressed in terms of them. Generated from botocore's
 * {@code service-2.json} by {@code mock-core/src/build/generate_operations.py}; do not edit by hand.
 */
public enum S3Operation {
%s
    /**
     * Not an operation of the model: what a request that matches none resolves to (S3 answers it 405
     * {@code MethodNotAllowed} or 400). Never returned by {@link #fromOperationName(String)}.
     */
    UNKNOWN("Unknown", "", "", List.of(), List.of(), false);

    /** The API version of the model these operations come from. */
    public static final String MODEL_VERSION = "2006-03-01";

    private final String operationName;
    private final String httpMethod;
    private final String requestUri;
    private final List<String> requiredQueryParameters;
    private final List<String> requiredHeaders;
    private final boolean deprecated;

    S3Operation(String operationName, String httpMethod, String requestUri,
                List<String> requiredQueryParameters, List<String> requiredHeaders, boolean deprecated) {
        this.operationName = operationName;
        this.httpMethod = httpMethod;
        this.requestUri = requestUri;
        this.requiredQueryParameters = requiredQueryParameters;
        this.requiredHeaders = requiredHeaders;
        this.deprecated = deprecated;
    }

    /** The operation's name in the API model, for example {@code PutObject}. */
    public String operationName() {
        return operationName;
    }

    /** The HTTP method the operation is bound to, for example {@code PUT}. */
    public String httpMethod() {
        return httpMethod;
    }

    /** The request URI template from the model, for example {@code /{Bucket}/{Key+}?tagging}. */
    public String requestUri() {
        return requestUri;
    }

    /** Query parameters the model marks as required, for example {@code uploadId}. */
    public List<String> requiredQueryParameters() {
        return requiredQueryParameters;
    }

    /** Required request headers that distinguish this operation from others on the same URI. */
    public List<String> requiredHeaders() {
        return requiredHeaders;
    }

    /** Whether the model marks the operation as deprecated (superseded by another). */
    public boolean isDeprecated() {
        return deprecated;
    }

    /**
     * Finds an operation by its name in the API model.
     *
     * @param operationName a name such as {@code GetObject}
     * @return the operation, or empty when the model has no operation of that name
     */
    public static Optional<S3Operation> fromOperationName(String operationName) {
        Objects.requireNonNull(operationName, "operationName");
        for (S3Operation operation : values()) {
            if (operation != UNKNOWN && operation.operationName.equals(operationName)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}''' % "\n".join(lines))
