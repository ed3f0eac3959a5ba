package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.WebsiteConfiguration;
import java.util.Set;

/** S3's rules for a static website configuration. */
public final class WebsiteValidation {

    public static final int MAX_ROUTING_RULES = 50;
    private static final Set<String> PROTOCOLS = Set.of("http", "https");

    private WebsiteValidation() {
    }

    public static void check(WebsiteConfiguration website, Bucket bucket, Store store) {
        if (website.redirectAllRequestsTo != null) {
            if (website.indexDocument != null || website.errorDocument != null || website.routingRules != null) {
                throw invalidArgument("RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.",
                        "RedirectAllRequestsTo");
            }
            ConfigurationChecks.required(website.redirectAllRequestsTo.hostName);
            checkProtocol(website.redirectAllRequestsTo.protocol);
            return;
        }
        if (website.indexDocument == null || website.indexDocument.suffix == null
                || website.indexDocument.suffix.isEmpty()) {
            throw invalidArgument("A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty",
                    "IndexDocument");
        }
        if (website.indexDocument.suffix.contains("/")) {
            throw invalidArgument("The IndexDocument Suffix is not well formed", "IndexDocument");
        }
        if (website.errorDocument != null && (website.errorDocument.key == null || website.errorDocument.key.isEmpty())) {
            throw invalidArgument("The ErrorDocument Key is not well formed", "ErrorDocument");
        }
        if (website.routingRules != null) {
            checkRoutingRules(website);
        }
    }

    private static void checkRoutingRules(WebsiteConfiguration website) {
        if (website.routingRules.isEmpty() || website.routingRules.size() > MAX_ROUTING_RULES) {
            throw malformed();
        }
        for (WebsiteConfiguration.RoutingRule rule : website.routingRules) {
            WebsiteConfiguration.Redirect redirect = ConfigurationChecks.required(rule.redirect);
            if (redirect.replaceKeyPrefixWith != null && redirect.replaceKeyWith != null) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "You can only define ReplaceKeyPrefix or ReplaceKey but not both.");
            }
            checkProtocol(redirect.protocol);
            if (redirect.httpRedirectCode != null && !redirect.httpRedirectCode.matches("3\\d\\d")) {
                throw invalidArgument("The provided HTTP redirect code (" + redirect.httpRedirectCode
                        + ") is not valid. Valid codes are 3XX except 300.", "HttpRedirectCode");
            }
            if (rule.condition != null && rule.condition.httpErrorCodeReturnedEquals != null
                    && !rule.condition.httpErrorCodeReturnedEquals.matches("[45]\\d\\d")) {
                throw invalidArgument("The provided HTTP error code (" + rule.condition.httpErrorCodeReturnedEquals
                        + ") is not valid. Valid codes are 4XX or 5XX.", "HttpErrorCodeReturnedEquals");
            }
        }
    }

    private static void checkProtocol(String protocol) {
        if (protocol != null && !PROTOCOLS.contains(protocol)) {
            throw invalidArgument("Invalid protocol, protocol can be http or https. If not defined the protocol will "
                    + "be selected automatically.", "Protocol");
        }
    }

    private static S3Exception invalidArgument(String message, String argument) {
        return new S3Exception(S3ErrorCode.INVALID_ARGUMENT, message).detail("ArgumentName", argument);
    }
}
