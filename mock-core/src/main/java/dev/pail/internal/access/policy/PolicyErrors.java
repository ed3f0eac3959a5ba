package dev.pail.internal.access.policy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;

/**
 * The messages S3 answers a malformed bucket policy with, all {@code 400 MalformedPolicy}. Where the
 * wording is S3's, it is as S3 was seen answering (versitygw issues #645-#650 record most of them;
 * "This policy contains invalid Json", "Invalid Condition type : X", "Policy has an invalid condition
 * key" and "Invalid IP address in Conditions" as recorded by S3-compatible servers that test against
 * S3). {@link #BAD_CONDITION_VALUE} is Pail's: S3's wording for it was not found.
 */
final class PolicyErrors {

    static final String NOT_JSON = "Policies must be valid JSON and the first byte must be '{'";
    static final String INVALID_JSON = "This policy contains invalid Json";
    static final String SYNTAX = "Invalid policy syntax.";
    static final String VERSION = "The policy must contain a valid version string";
    static final String MISSING_STATEMENT = "Missing required field Statement";
    static final String EMPTY_STATEMENT = "Could not parse the policy: Statement is empty!";
    static final String MISSING_EFFECT = "Missing required field Effect";
    static final String INVALID_EFFECT = "Invalid effect: ";
    static final String MISSING_PRINCIPAL = "Missing required field Principal";
    static final String INVALID_PRINCIPAL = "Invalid principal in policy";
    static final String MISSING_ACTION = "Missing required field Action";
    static final String INVALID_ACTION = "Policy has invalid action";
    static final String MISSING_RESOURCE = "Missing required field Resource";
    static final String INVALID_RESOURCE = "Policy has invalid resource";
    static final String NOT_APPLICABLE = "Action does not apply to any resource(s) in statement";
    static final String CONDITION_TYPE = "Invalid Condition type : ";
    static final String CONDITION_KEY = "Policy has an invalid condition key";
    static final String IP_ADDRESS = "Invalid IP address in Conditions";
    static final String BAD_CONDITION_VALUE = "Invalid Condition value";

    private PolicyErrors() {
    }

    /** The exception for a malformed policy. */
    static S3Exception malformed(String message) {
        return new S3Exception(S3ErrorCode.MALFORMED_POLICY, message);
    }
}
