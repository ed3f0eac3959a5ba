package dev.pail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The error codes Amazon S3 answers with: wire code, HTTP status and S3's message.
 *
 * <p>The list covers every code of the "List of error codes" of the Amazon S3 API Reference
 * (<a href="https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html">Error responses</a>),
 * the sections of that page that concern requests to the S3 endpoint (SELECT Object Content,
 * replication, object annotations, S3 Object Lambda, S3 on Outposts and Amazon FSx access points),
 * the exception shapes of the S3 API model ({@code service-2.json}), and a few codes that S3 is
 * known to answer with although the list does not carry them ({@code XAmzContentSHA256Mismatch},
 * {@code MalformedTrailerError}, {@code InvalidChunkSizeError}, {@code NoSuchConfiguration},
 * {@code NoSuchPublicAccessBlockConfiguration}, {@code AccessForbidden}). Codes that only the
 * S3 Control API (Storage Lens, Access Grants, asynchronous Multi-Region Access Point requests)
 * or S3 Tables return are left out.
 *
 * <p>The default message is S3's documented message for the code; where the documentation
 * describes several causes instead of giving a message, it is a short message in the same words.
 * Where S3 uses one code with several statuses, the constant carries the main documented one and
 * its comment names the others.
 *
 * <p>A constant's name is the wire code in UPPER_SNAKE_CASE ({@code NoSuchKey} is
 * {@link #NO_SUCH_KEY}); the wire code is derived back from the name, and only the codes that this
 * conversion cannot produce (acronyms such as URI, XML, CORS or SHA256, and dotted codes such as
 * {@code KMS.NotFoundException}) spell it out.
 */
public enum S3ErrorCode {
    ACCESS_CONTROL_LIST_NOT_SUPPORTED(400, "The bucket does not allow ACLs."),
    ACCESS_DENIED(403, "Access Denied"),
    /** Not in the error list: S3's answer to a CORS preflight that no rule allows (message verbatim, typo included). */
    ACCESS_FORBIDDEN(403, "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec."),
    ACCESS_POINT_ALREADY_OWNED_BY_YOU(409, "An access point with an identical name already exists in your account."),
    ACCOUNT_PROBLEM(403, "There is a problem with your AWS account that prevents the operation from completing successfully."),
    ALL_ACCESS_DISABLED(403, "All access to this Amazon S3 resource has been disabled."),
    AMBIGUOUS_FIELD_NAME(400, "The field name matches to multiple fields in the file. Check the SQL expression and the file, and try again."),
    AMBIGUOUS_GRANT_BY_EMAIL_ADDRESS(400, "The email address that you provided is associated with more than one account."),
    ANNOTATION_LIMIT_EXCEEDED(400, "The object annotation count exceeds the limit (1000)."),
    ANNOTATION_NAME_TOO_LONG(400, "Your annotation name is too long. Annotation names can be up to 512 bytes in length."),
    ANNOTATION_REQUEST_CONFLICT(409, "A conflicting operation is currently in progress against this annotation."),
    AUTHORIZATION_HEADER_MALFORMED(400, "The authorization header that you provided is not valid."),
    AUTHORIZATION_QUERY_PARAMETERS_ERROR(400, "The authorization query parameters that you provided are not valid."),
    BAD_DIGEST(400, "The Content-MD5 or checksum value that you specified did not match what the server received."),
    BAD_REQUEST(400, "The bucket is in a transitional state because of a previous deletion attempt. Try again later."),
    BUCKET_ALREADY_EXISTS(409, "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Specify a different name and try again."),
    /** 409 in every Region but us-east-1, where S3 answers 200 OK for legacy compatibility. */
    BUCKET_ALREADY_OWNED_BY_YOU(409, "The bucket that you tried to create already exists, and you own it."),
    BUCKET_HAS_ACCESS_POINTS_ATTACHED(400, "The bucket you tried to delete has access points attached. Delete your access points before deleting your bucket."),
    BUCKET_NOT_EMPTY(409, "The bucket that you tried to delete is not empty."),
    BUSY(503, "The service is unavailable. Try again later."),
    CAST_FAILED(400, "An attempt to convert from one data type to another using CAST failed in the SQL expression."),
    CLIENT_TOKEN_CONFLICT(409, "Your Multi-Region Access Point idempotency token was already used for a different request."),
    COLUMN_TOO_LONG(400, "The length of a column in the result is greater than maxCharsPerColumn of 1 MB."),
    CONDITIONAL_REQUEST_CONFLICT(409, "A conflicting operation occurred. If using PutObject you can retry the request. If using multipart upload you should initiate another CreateMultipartUpload request and re-upload each part."),
    CONNECTION_CLOSED_BY_REQUESTER(400, "Returned to the original caller when an error is encountered while reading the WriteGetObjectResponse body."),
    CREDENTIALS_NOT_SUPPORTED(400, "This request does not support credentials."),
    CROSS_LOCATION_LOGGING_PROHIBITED(403, "Cross-Region logging is not allowed. Buckets in one AWS Region cannot log information to a bucket in another Region."),
    CSV_ESCAPING_RECORD_DELIMITER("CSVEscapingRecordDelimiter", 400, "A quoted record delimiter was found in the file. To allow quoted record delimiters, set AllowQuotedRecordDelimiter to 'TRUE'."),
    CSV_PARSING_ERROR("CSVParsingError", 400, "An error occurred while parsing the CSV file. Check the file and try again."),
    CSV_UNESCAPED_QUOTE("CSVUnescapedQuote", 400, "An unescaped quote was found while parsing the CSV file. To allow quoted record delimiters, set AllowQuotedRecordDelimiter to 'TRUE'."),
    DEVICE_NOT_ACTIVE_ERROR(400, "The device is not currently active."),
    EMPTY_REQUEST_BODY(400, "The request body cannot be empty."),
    ENCRYPTION_TYPE_MISMATCH(400, "The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session."),
    ENDPOINT_NOT_FOUND(400, "Direct requests to the correct endpoint."),
    /** Documented as 400 for uploads; S3 also uses it with 405 for a download that exceeds the maximum allowed size. */
    ENTITY_TOO_LARGE(400, "Your proposed upload exceeds the maximum allowed object size."),
    ENTITY_TOO_SMALL(400, "Your proposed upload is smaller than the minimum allowed object size."),
    EVALUATOR_BINDING_DOES_NOT_EXIST(400, "A column name or a path provided does not exist in the SQL expression."),
    EVALUATOR_INVALID_ARGUMENTS(400, "There is an incorrect number of arguments in the function call in the SQL expression."),
    EVALUATOR_INVALID_TIMESTAMP_FORMAT_PATTERN(400, "The timestamp format string in the SQL expression is not valid."),
    EVALUATOR_INVALID_TIMESTAMP_FORMAT_PATTERN_SYMBOL(400, "The timestamp format pattern contains a symbol in the SQL expression that is not valid."),
    EVALUATOR_INVALID_TIMESTAMP_FORMAT_PATTERN_SYMBOL_FOR_PARSING(400, "The timestamp format pattern contains a valid format symbol that cannot be applied to timestamp parsing in the SQL expression."),
    EVALUATOR_INVALID_TIMESTAMP_FORMAT_PATTERN_TOKEN(400, "The timestamp format pattern contains a token in the SQL expression that is not valid."),
    EVALUATOR_LIKE_PATTERN_INVALID_ESCAPE_SEQUENCE(400, "An argument given to the LIKE expression was not valid."),
    EVALUATOR_NEGATIVE_LIMIT(400, "LIMIT must not be negative."),
    EVALUATOR_TIMESTAMP_FORMAT_PATTERN_DUPLICATE_FIELDS(400, "The timestamp format pattern contains multiple format specifiers representing the timestamp field in the SQL expression."),
    EVALUATOR_TIMESTAMP_FORMAT_PATTERN_HOUR_CLOCK_AM_PM_MISMATCH(400, "The timestamp format pattern contains a 12-hour hour of day format symbol but doesn't also contain an AM/PM field, or it contains a 24-hour hour of day format specifier and contains an AM/PM field in the SQL expression."),
    EVALUATOR_UNTERMINATED_TIMESTAMP_FORMAT_PATTERN_TOKEN(400, "The timestamp format pattern contains an unterminated token in the SQL expression."),
    EXPIRED_TOKEN(400, "The provided token has expired."),
    EXPRESSION_TOO_LONG(400, "The SQL expression is too long. The maximum byte-length for an SQL expression is 256 KB."),
    EXTERNAL_EVAL_EXCEPTION(400, "The query cannot be evaluated. Check the file and try again."),
    IDEMPOTENCY_PARAMETER_MISMATCH(400, "Parameters on this idempotent request are inconsistent with parameters used in previous request(s)."),
    /** The docs list reasons rather than a message; this is a short message covering both. */
    ILLEGAL_LOCATION_CONSTRAINT_EXCEPTION(400, "The location constraint is not compatible with the Region-specific endpoint this request was sent to."),
    ILLEGAL_SQL_FUNCTION_ARGUMENT(400, "An illegal argument was used in the SQL function."),
    ILLEGAL_VERSIONING_CONFIGURATION_EXCEPTION(400, "The versioning configuration specified in the request is not valid."),
    INCOMPLETE_BODY(400, "You did not provide the number of bytes specified by the Content-Length HTTP header."),
    INCORRECT_ENDPOINT(400, "The specified bucket exists in another Region. Direct requests to the correct endpoint."),
    INCORRECT_NUMBER_OF_FILES_IN_POST_REQUEST(400, "POST requires exactly one file upload per request."),
    INCORRECT_SQL_FUNCTION_ARGUMENT_TYPE(400, "An incorrect argument type was specified in a function call in the SQL expression."),
    INLINE_DATA_TOO_LARGE(400, "The inline data exceeds the maximum allowed size."),
    INSUFFICIENT_CAPACITY(507, "Insufficient capacity."),
    INTEGER_OVERFLOW(400, "An integer overflow or underflow occurred in the SQL expression."),
    INTERNAL_ERROR(500, "An internal error occurred. Try again."),
    INVALID_ACCESS_KEY_ID(403, "The AWS access key ID that you provided does not exist in our records."),
    INVALID_ACCESS_POINT(400, "The specified access point name or account is not valid."),
    INVALID_ACCESS_POINT_ALIAS_ERROR(400, "The specified access point alias name is not valid."),
    /** SOAP only; the docs give no HTTP status (N/A), 400 is used as for the other SOAP client faults. */
    INVALID_ADDRESSING_HEADER(400, "You must specify the Anonymous role."),
    INVALID_ANNOTATION_NAME(400, "Your annotation name contains invalid characters, or the name starts with a reserved prefix."),
    /** The docs list several reasons; the message is the one of the model's error code list. */
    INVALID_ARGUMENT(400, "Invalid Argument"),
    INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP(400, "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting."),
    INVALID_BUCKET_NAME(400, "The specified bucket is not valid."),
    INVALID_BUCKET_OWNER_AWS_ACCOUNT_ID("InvalidBucketOwnerAWSAccountID", 400, "The value of the expected bucket owner parameter must be an AWS account ID."),
    INVALID_BUCKET_STATE(409, "The request is not valid for the current state of the bucket."),
    INVALID_CAST(400, "An attempt to convert from one data type to another using CAST failed in the SQL expression."),
    /** Not in the error list: aws-chunked uploads with a short non-final chunk; S3 answers 403 Forbidden (aws/aws-sdk-cpp#2727). */
    INVALID_CHUNK_SIZE_ERROR(403, "Only the last chunk is allowed to have a size less than 8192 bytes"),
    INVALID_COLUMN_INDEX(400, "The column index in the SQL expression is not valid."),
    INVALID_COMPRESSION_FORMAT(400, "The file is not in a supported compression format. Only GZIP and BZIP2 are supported."),
    INVALID_DATA_SOURCE(400, "The data source type is not valid. Only CSV, JSON, and Parquet are supported."),
    INVALID_DATA_TYPE(400, "The SQL expression contains a data type that is not valid."),
    INVALID_DIGEST(400, "The Content-MD5 or checksum value that you specified is not valid."),
    INVALID_ENCRYPTION_ALGORITHM_ERROR(400, "The encryption request that you specified is not valid. The valid value is AES256."),
    INVALID_EXPRESSION_TYPE(400, "The ExpressionType value is not valid. Only SQL expressions are supported."),
    INVALID_FILE_HEADER_INFO(400, "The FileHeaderInfo value is not valid. Only NONE, USE, and IGNORE are supported."),
    INVALID_HOST_HEADER(400, "The host headers provided in the request used the incorrect style addressing."),
    INVALID_HTTP_METHOD(400, "The request is made using an unexpected HTTP method."),
    INVALID_JSON_TYPE(400, "The JsonType value is not valid. Only DOCUMENT and LINES are supported."),
    INVALID_KEY(400, "The specified key is not valid."),
    INVALID_KEY_PATH(400, "The key path in the SQL expression is not valid."),
    INVALID_LOCATION_CONSTRAINT(400, "The specified location (Region) constraint is not valid."),
    INVALID_OBJECT_STATE(403, "The operation is not valid for the current state of the object."),
    INVALID_OUTPOST_STATE(409, "The request is not valid for the current state of the Outpost."),
    INVALID_PART(400, "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag."),
    INVALID_PART_NUMBER(416, "The requested partnumber is not satisfiable"),
    INVALID_PART_ORDER(400, "The list of parts was not in ascending order. Parts must be ordered by part number."),
    INVALID_PAYER(403, "All access to this object has been disabled."),
    INVALID_POLICY_DOCUMENT(400, "The content of the form does not meet the conditions specified in the policy document."),
    INVALID_PREFIX(400, "The annotation prefix you have provided is not valid."),
    INVALID_QUOTE_FIELDS(400, "The QuoteFields value is not valid. Only ALWAYS and ASNEEDED are supported."),
    INVALID_RANGE(416, "The requested range cannot be satisfied."),
    INVALID_REGION(403, "You've attempted to create a Multi-Region Access Point in a Region that you haven't opted in to."),
    /** The docs list many reasons; the message is the one of the model's InvalidRequest shape. */
    INVALID_REQUEST(400, "A parameter or header in your request isn't valid."),
    INVALID_REQUEST_PARAMETER(400, "The value of a parameter in the SelectRequest element is not valid. Check the service API documentation and try again."),
    /** Not in the error list: S3's answer to an Object Lock default retention of zero or fewer days or years. */
    INVALID_RETENTION_PERIOD(400, "Default retention period must be a positive integer value."),
    INVALID_SCAN_RANGE(400, "The provided scan range is not valid."),
    INVALID_SECURITY(403, "The provided security credentials are not valid."),
    INVALID_SESSION_EXCEPTION(400, "The session doesn't exist anymore because it timed out or expired."),
    INVALID_SIGNATURE(400, "The request signature that the server calculated does not match the signature that you provided. Check your AWS secret access key and signing method."),
    INVALID_SOAP_REQUEST("InvalidSOAPRequest", 400, "The SOAP request body is not valid."),
    INVALID_STORAGE_CLASS(400, "The storage class that you specified is not valid."),
    INVALID_TABLE_ALIAS(400, "The SQL expression contains a table alias that is not valid."),
    INVALID_TAG(400, "Your request contains tag input that is not valid. For example, your request might contain duplicate keys, keys or values that are too long, or system tags."),
    INVALID_TARGET_BUCKET_FOR_LOGGING(400, "The target bucket for logging either does not exist, is not owned by you, or does not have the appropriate grants for the log-delivery group."),
    INVALID_TEXT_ENCODING(400, "The encoding type is not valid. Only UTF-8 encoding is supported."),
    INVALID_TOKEN(400, "The provided token is malformed or otherwise not valid."),
    INVALID_URI("InvalidURI", 400, "The specified URI couldn't be parsed."),
    INVALID_WRITE_OFFSET(400, "The write offset value that you specified does not match the current object size."),
    JSON_PARSING_ERROR("JSONParsingError", 400, "An error occurred while parsing the JSON file. Check the file and try again."),
    KEY_TOO_LONG_ERROR(400, "Your key is too long."),
    KMS_DISABLED_EXCEPTION("KMS.DisabledException", 400, "The request was rejected because the specified KMS key is not enabled."),
    KMS_INVALID_KEY_USAGE_EXCEPTION("KMS.InvalidKeyUsageException", 400, "The request was rejected because the KeyUsage value of the KMS key is incompatible with the API operation."),
    KMS_KMS_INVALID_STATE_EXCEPTION("KMS.KMSInvalidStateException", 400, "The request was rejected because the state of the specified resource is not valid for this request."),
    KMS_NOT_FOUND_EXCEPTION("KMS.NotFoundException", 400, "The request was rejected because the specified entity or resource could not be found."),
    LAMBDA_INVALID_RESPONSE(400, "Returned to the original caller when WriteGetObjectResponse responds with ValidationError to AWS Lambda."),
    LAMBDA_INVOCATION_FAILED(400, "Lambda function invocation failed."),
    LAMBDA_NOT_FOUND(404, "The AWS Lambda function was not found."),
    LAMBDA_PERMISSION_ERROR(403, "The caller is not authorized to invoke the Lambda function."),
    LAMBDA_RESPONSE_NOT_RECEIVED(500, "The Lambda function exited without successfully calling WriteGetObjectResponse."),
    LAMBDA_RUNTIME_ERROR(500, "The Lambda function failed during execution."),
    LAMBDA_TIMEOUT(500, "The Lambda function did not respond in the allowed time."),
    LEXER_INVALID_CHAR(400, "The SQL expression contains a character that is not valid."),
    LEXER_INVALID_ION_LITERAL("LexerInvalidIONLiteral", 400, "The SQL expression contains an operator that is not valid."),
    /** Messages of LexerInvalidLiteral and LexerInvalidOperator as documented (they look swapped). */
    LEXER_INVALID_LITERAL(400, "The SQL expression contains an operator that is not valid."),
    LEXER_INVALID_OPERATOR(400, "The SQL expression contains a literal that is not valid."),
    LIKE_INVALID_INPUTS(400, "The argument given to the LIKE clause in the SQL expression is not valid."),
    MALFORMED_ACL_ERROR("MalformedACLError", 400, "The ACL that you provided was not well formed or did not validate against our published schema."),
    MALFORMED_POLICY(400, "Your policy contains a principal that is not valid."),
    MALFORMED_POST_REQUEST("MalformedPOSTRequest", 400, "The body of your POST request is not well-formed multipart/form-data."),
    /** Not in the error list: aws-chunked uploads whose trailer is missing or does not match x-amz-trailer. */
    MALFORMED_TRAILER_ERROR(400, "The request contained trailing data that was not well-formed or did not conform to our published schema."),
    /** The message the model's error code list quotes. */
    MALFORMED_XML("MalformedXML", 400, "The XML you provided was not well-formed or did not validate against our published schema."),
    MAX_MESSAGE_LENGTH_EXCEEDED(400, "Your request was too large."),
    MAX_OPERATORS_EXCEEDED(400, "Failed to parse SQL expression, try reducing complexity. For example, reduce number of operators used."),
    MAX_POST_PRE_DATA_LENGTH_EXCEEDED_ERROR(400, "Your POST request fields preceding the upload file were too large."),
    METADATA_TOO_LARGE(400, "Your metadata headers exceed the maximum allowed metadata size."),
    METHOD_NOT_ALLOWED(405, "The specified method is not allowed against this resource."),
    MISSING_ATTACHMENT(400, "A SOAP attachment was expected, but none was found."),
    MISSING_AUTHENTICATION_TOKEN(403, "The request was not signed."),
    MISSING_CONTENT_LENGTH(411, "You must provide the Content-Length HTTP header."),
    /** The message the model's error code list quotes. */
    MISSING_REQUEST_BODY_ERROR(400, "Request body is empty."),
    MISSING_REQUIRED_PARAMETER(400, "The SelectRequest entity is missing a required parameter. Check the service documentation and try again."),
    MISSING_SECURITY_ELEMENT(400, "The SOAP 1.1 request is missing a security element."),
    MISSING_SECURITY_HEADER(400, "Your request is missing a required header."),
    MULTIPLE_DATA_SOURCES_UNSUPPORTED(400, "Multiple data sources are not supported."),
    NOT_DEVICE_OWNER_ERROR(400, "The device that generated the token is not owned by the authenticated user."),
    NOT_IMPLEMENTED(501, "A header that you provided implies functionality that is not implemented."),
    /** Answer to a conditional GET or HEAD (If-None-Match, If-Modified-Since); S3 sends it without a body. */
    NOT_MODIFIED(304, "The resource was not changed."),
    NOT_SIGNED_UP(403, "Your account is not signed up for the Amazon S3 service. You must sign up before you can use Amazon S3."),
    NO_LOGGING_STATUS_FOR_KEY(400, "There is no such thing as a logging status subresource for a key."),
    NO_SUCH_ACCESS_POINT(404, "The specified access point does not exist."),
    NO_SUCH_ANNOTATION(404, "The specified annotation does not exist."),
    NO_SUCH_ASYNC_REQUEST(404, "The specified request was not found."),
    NO_SUCH_BUCKET(404, "The specified bucket does not exist."),
    NO_SUCH_BUCKET_POLICY(404, "The specified bucket does not have a bucket policy."),
    /** Not in the error list: analytics, inventory, metrics and Intelligent-Tiering configurations looked up by an unknown id. */
    NO_SUCH_CONFIGURATION(404, "The specified configuration does not exist."),
    NO_SUCH_CORS_CONFIGURATION("NoSuchCORSConfiguration", 404, "The specified bucket does not have a CORS configuration."),
    NO_SUCH_KEY(404, "The specified key does not exist."),
    NO_SUCH_LIFECYCLE_CONFIGURATION(404, "The specified lifecycle configuration does not exist."),
    NO_SUCH_MULTI_REGION_ACCESS_POINT(404, "The specified Multi-Region Access Point does not exist."),
    NO_SUCH_OBJECT_LOCK_CONFIGURATION(404, "The specified object does not have an ObjectLock configuration."),
    NO_SUCH_OUTPOST(404, "The specified Outpost does not exist."),
    /** Not in the error list: GetPublicAccessBlock on a bucket without one. */
    NO_SUCH_PUBLIC_ACCESS_BLOCK_CONFIGURATION(404, "The public access block configuration was not found."),
    NO_SUCH_TAG_SET(404, "The TagSet does not exist"),
    NO_SUCH_UPLOAD(404, "The specified multipart upload does not exist. The upload ID might not be valid, or the multipart upload might have been aborted or completed."),
    NO_SUCH_VERSION(404, "The version ID specified in the request does not match an existing version."),
    NO_SUCH_WEBSITE_CONFIGURATION(404, "The specified bucket does not have a website configuration."),
    NO_TRANSFORMATION_DEFINED(404, "No transformation found for this Object Lambda Access Point."),
    NUMBER_FORMAT_ERROR(400, "An error occurred while parsing a number. This error can be caused by underflow or overflow of integers."),
    OBJECT_ALREADY_IN_ACTIVE_TIER_ERROR(403, "This action is not allowed against this storage tier."),
    OBJECT_LOCK_CONFIGURATION_NOT_FOUND_ERROR(404, "The Object Lock configuration does not exist for this bucket."),
    OBJECT_NOT_IN_ACTIVE_TIER_ERROR(403, "The source object of the COPY action is not in the active tier and is only stored in Amazon S3 Glacier."),
    OBJECT_SERIALIZATION_CONFLICT(400, "InputSerialization specifies more than one format (CSV, JSON, or Parquet), or OutputSerialization specifies more than one format (CSV or JSON). For InputSerialization and OutputSerialization, you can specify only one format for each."),
    OPERATION_ABORTED(409, "A conflicting conditional operation is currently in progress against this resource. Try again."),
    OVER_MAX_COLUMN(400, "The number of columns in the result is greater than the maximum allowable number of columns."),
    OVER_MAX_PARQUET_BLOCK_SIZE(400, "The Parquet file is above the max row group size."),
    OVER_MAX_RECORD_SIZE(400, "The length of a record in the input or result is greater than the maxCharsPerRecord limit of 1 MB."),
    OWNERSHIP_CONTROLS_NOT_FOUND_ERROR(404, "The bucket ownership controls were not found."),
    PARQUET_PARSING_ERROR(400, "An error occurred while parsing the Parquet file. Check the file and try again."),
    PARQUET_UNSUPPORTED_COMPRESSION_CODEC(400, "The specified Parquet compression codec is not supported."),
    PARSE_ASTERISK_IS_NOT_ALONE_IN_SELECT_LIST(400, "Other expressions are not allowed in the SELECT list when * is used without dot notation in the SQL expression."),
    PARSE_CANNOT_MIX_SQB_AND_WILDCARD_IN_SELECT_LIST(400, "Cannot mix [] and * in the same expression in a SELECT list in the SQL expression."),
    PARSE_CAST_ARITY(400, "The SQL expression CAST has incorrect arity."),
    PARSE_EMPTY_SELECT(400, "The SQL expression contains an empty SELECT clause."),
    PARSE_EXPECTED2_TOKEN_TYPES(400, "The expected token in the SQL expression was not found."),
    PARSE_EXPECTED_ARGUMENT_DELIMITER(400, "The expected argument delimiter in the SQL expression was not found."),
    PARSE_EXPECTED_DATE_PART(400, "The expected date part in the SQL expression was not found."),
    PARSE_EXPECTED_EXPRESSION(400, "The expected SQL expression was not found."),
    PARSE_EXPECTED_IDENT_FOR_ALIAS(400, "The expected identifier for the alias in the SQL expression was not found."),
    PARSE_EXPECTED_IDENT_FOR_AT(400, "The expected identifier for AT name in the SQL expression was not found."),
    PARSE_EXPECTED_IDENT_FOR_GROUP_NAME(400, "GROUP is not supported in the SQL expression."),
    PARSE_EXPECTED_KEYWORD(400, "The expected keyword in the SQL expression was not found."),
    PARSE_EXPECTED_LEFT_PAREN_AFTER_CAST(400, "The expected left parenthesis after CAST in the SQL expression was not found."),
    PARSE_EXPECTED_LEFT_PAREN_BUILTIN_FUNCTION_CALL(400, "The expected left parenthesis in the SQL expression was not found."),
    PARSE_EXPECTED_LEFT_PAREN_VALUE_CONSTRUCTOR(400, "The expected left parenthesis in the SQL expression was not found."),
    PARSE_EXPECTED_MEMBER(400, "The SQL expression contains an unsupported use of MEMBER."),
    PARSE_EXPECTED_NUMBER(400, "The expected number in the SQL expression was not found."),
    PARSE_EXPECTED_RIGHT_PAREN_BUILTIN_FUNCTION_CALL(400, "The expected right parenthesis character in the SQL expression was not found."),
    PARSE_EXPECTED_TOKEN_TYPE(400, "The expected token in the SQL expression was not found."),
    PARSE_EXPECTED_TYPE_NAME(400, "The expected type name in the SQL expression was not found."),
    PARSE_EXPECTED_WHEN_CLAUSE(400, "The expected WHEN clause in the SQL expression was not found. CASE is not supported."),
    PARSE_INVALID_CONTEXT_FOR_WILDCARD_IN_SELECT_LIST(400, "The use of * in the SELECT list in the SQL expression is not valid."),
    PARSE_INVALID_PATH_COMPONENT(400, "The SQL expression contains a path component that is not valid."),
    PARSE_INVALID_TYPE_PARAM(400, "The SQL expression contains a parameter value that is not valid."),
    PARSE_MALFORMED_JOIN(400, "JOIN is not supported in the SQL expression."),
    PARSE_MISSING_IDENT_AFTER_AT(400, "The expected identifier after the @ symbol in the SQL expression was not found."),
    PARSE_NON_UNARY_AGREGATE_FUNCTION_CALL(400, "Only one argument is supported for aggregate functions in the SQL expression."),
    PARSE_SELECT_MISSING_FROM(400, "The SQL expression contains a missing FROM after the SELECT list."),
    PARSE_UNEXPECTED_OPERATOR(400, "The SQL expression contains an unexpected operator."),
    PARSE_UNEXPECTED_TERM(400, "The SQL expression contains an unexpected term."),
    PARSE_UNEXPECTED_TOKEN(400, "The SQL expression contains an unexpected token."),
    PARSE_UNKNOWN_OPERATOR(400, "The SQL expression contains an operator that is not valid."),
    PARSE_UNSUPPORTED_ALIAS(400, "The SQL expression contains an unsupported use of ALIAS."),
    PARSE_UNSUPPORTED_CALL_WITH_STAR(400, "Only COUNT with (*) as a parameter is supported in the SQL expression."),
    PARSE_UNSUPPORTED_CASE(400, "The SQL expression contains an unsupported use of CASE."),
    PARSE_UNSUPPORTED_CASE_CLAUSE(400, "The SQL expression contains an unsupported use of CASE."),
    PARSE_UNSUPPORTED_LITERALS_GROUP_BY(400, "The SQL expression contains an unsupported use of GROUP BY."),
    PARSE_UNSUPPORTED_SELECT(400, "The SQL expression contains an unsupported use of SELECT."),
    PARSE_UNSUPPORTED_SYNTAX(400, "The SQL expression contains unsupported syntax."),
    PARSE_UNSUPPORTED_TOKEN(400, "The SQL expression contains an unsupported token."),
    PARSE_UN_EXPECTED_KEYWORD(400, "The SQL expression contains an unexpected keyword."),
    PERMANENT_REDIRECT(301, "The bucket that you are attempting to access must be addressed using the specified endpoint. Send all future requests to this endpoint."),
    PERMANENT_REDIRECT_CONTROL_ERROR(301, "The API operation you are attempting to access must be addressed using the specified endpoint. Send all future requests to this endpoint."),
    PRECONDITION_FAILED(412, "At least one of the pre-conditions you specified did not hold"),
    REDIRECT(307, "Temporary redirect. You are being redirected to the bucket while the Domain Name System (DNS) server is being updated."),
    REPLICATION_CONFIGURATION_NOT_FOUND_ERROR(404, "There is no replication configuration for this bucket."),
    REQUEST_HEADER_SECTION_TOO_LARGE(400, "The request header and query parameters used to make the request exceed the maximum allowed size."),
    /** The current docs give 412; older versions of the list (and of the model's error code list) gave 400. */
    REQUEST_IS_NOT_MULTI_PART_CONTENT(412, "A bucket POST request must be of the enclosure-type multipart/form-data."),
    REQUEST_TIMEOUT(400, "Your socket connection to the server was not read from or written to within the timeout period."),
    REQUEST_TIME_TOO_SKEWED(403, "The difference between the request time and the server's time is too large."),
    REQUEST_TORRENT_OF_BUCKET_ERROR(400, "Requesting the torrent file of a bucket is not permitted."),
    RESPONSE_INTERRUPTED(400, "Returned to the original caller when an error is encountered while reading the WriteGetObjectResponse body."),
    RESTORE_ALREADY_IN_PROGRESS(409, "The object restore is already in progress."),
    /** The docs list 400, but S3 answers GetBucketEncryption with 404 (as reported by SDK users); 404 is used. */
    SERVER_SIDE_ENCRYPTION_CONFIGURATION_NOT_FOUND_ERROR(404, "The server-side encryption configuration was not found."),
    SERVICE_UNAVAILABLE(503, "Service is unable to handle request."),
    SIGNATURE_DOES_NOT_MATCH(403, "The request signature that the server calculated does not match the signature that you provided. Check your AWS secret access key and signing method."),
    SLOW_DOWN(503, "Please reduce your request rate."),
    TAG_POLICY_EXCEPTION(400, "The tag policy does not allow the specified value for the following tag key."),
    TEMPORARY_REDIRECT(307, "You are being redirected to the bucket while the Domain Name System (DNS) server is being updated."),
    TOKEN_CODE_INVALID_ERROR(400, "The serial number and/or token code you provided is not valid."),
    TOKEN_REFRESH_REQUIRED(400, "The provided token must be refreshed."),
    TOO_MANY_ACCESS_POINTS(400, "You have attempted to create more access points than are allowed for an account."),
    TOO_MANY_BUCKETS(400, "You have attempted to create more buckets than are allowed for an account."),
    TOO_MANY_CONFIGURATIONS(400, "You are attempting to create a new configuration but have already reached the 1,000-configuration limit."),
    TOO_MANY_MULTI_REGION_ACCESS_POINTREGIONS_ERROR(400, "You have attempted to create a Multi-Region Access Point with more Regions than are allowed for an account."),
    TOO_MANY_MULTI_REGION_ACCESS_POINTS(400, "You have attempted to create more Multi-Region Access Points than are allowed for an account."),
    TOO_MANY_PARTS(400, "You have attempted to add more parts than the maximum of 10000 that are allowed for this object."),
    TRUNCATED_INPUT(400, "Object decompression failed. Check that the object is properly compressed using the format specified in the request."),
    UNAUTHORIZED_ACCESS(401, "You are not authorized to perform this operation."),
    /** China Regions only. */
    UNAUTHORIZED_ACCESS_ERROR(403, "The request was made to a bucket that doesn't have an ICP license."),
    UNEXPECTED_CONTENT(400, "This request contains unsupported content."),
    /** China Regions only. */
    UNEXPECTED_IP_ERROR("UnexpectedIPError", 403, "This request was rejected because the IP was unexpected."),
    UNRECOGNIZED_FORMAT_EXCEPTION(400, "The record type is not valid."),
    UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS(400, "The email address that you provided does not match any account on record."),
    UNSUPPORTED_ARGUMENT(400, "The request contained an unsupported argument."),
    UNSUPPORTED_FUNCTION(400, "S3 encountered an unsupported SQL function."),
    UNSUPPORTED_MEDIA_TYPE(415, "The request payload contains an unsupported media type."),
    UNSUPPORTED_OPERATION(404, "The specified action was not supported."),
    UNSUPPORTED_PARQUET_TYPE(400, "The specified Parquet type is not supported."),
    UNSUPPORTED_RANGE_HEADER(400, "A range header is not supported for this operation."),
    UNSUPPORTED_SCAN_RANGE_INPUT(400, "Scan range queries are not supported on this type of object."),
    UNSUPPORTED_SIGNATURE(400, "The provided request is signed with an unsupported STS Token version or the signature version is not supported."),
    UNSUPPORTED_SQL_OPERATION(400, "S3 encountered an unsupported SQL operation."),
    UNSUPPORTED_SQL_STRUCTURE(400, "S3 encountered an unsupported SQL structure. Check the SQL Reference."),
    UNSUPPORTED_STORAGE_CLASS(400, "The storage class is not supported. Only STANDARD, STANDARD_IA, and ONEZONE_IA storage classes are supported."),
    UNSUPPORTED_SYNTAX(400, "The syntax is not valid."),
    UNSUPPORTED_TYPE_FOR_QUERYING(400, "Your query contains an unsupported type for comparison (e.g. verifying that a Parquet INT96 column type is greater than 0)."),
    USER_ANNOTATION_NAME_MUST_BE_SPECIFIED(400, "You must specify a user annotation name."),
    USER_KEY_MUST_BE_SPECIFIED(400, "The bucket POST request must contain the specified field name. If it is specified, check the order of the fields."),
    VALIDATION_ERROR(400, "Validation errors might be returned from the WriteGetObjectResponse API operation and can occur for numerous reasons."),
    VALUE_PARSE_FAILURE(400, "A timestamp parse failure occurred in the SQL expression."),
    /** Not in the error list: a signed payload whose SHA-256 differs from the x-amz-content-sha256 header. */
    X_AMZ_CONTENT_SHA256_MISMATCH("XAmzContentSHA256Mismatch", 400, "The provided 'x-amz-content-sha256' header does not match what was computed.");

    private static final Map<String, S3ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (S3ErrorCode errorCode : values()) {
            BY_CODE.put(errorCode.code, errorCode);
        }
    }

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    S3ErrorCode(int httpStatus, String defaultMessage) {
        this.code = pascalCase(name());
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    S3ErrorCode(String code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    /** {@code NO_SUCH_KEY} to {@code NoSuchKey}. */
    private static String pascalCase(String constantName) {
        StringBuilder code = new StringBuilder(constantName.length());
        for (String word : constantName.split("_")) {
            if (!word.isEmpty()) {
                code.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return code.toString();
    }

    /**
     * The code as S3 writes it in the {@code <Code>} element of an error response.
     *
     * @return the wire code, for example {@code NoSuchKey}
     */
    public String code() {
        return code;
    }

    /**
     * The HTTP status S3 answers with for this code.
     *
     * @return the status, for example {@code 404}
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The message S3 documents for this code, used for the {@code <Message>} element when the
     * caller has no more specific one.
     *
     * @return a non-empty English message
     */
    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * Finds the constant for a wire code.
     *
     * @param code a wire code such as {@code NoSuchKey}; compared exactly, case included
     * @return the constant, or empty when S3 has no such code (or {@code code} is {@code null})
     */
    public static Optional<S3ErrorCode> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
