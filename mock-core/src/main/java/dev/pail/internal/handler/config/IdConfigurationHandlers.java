package dev.pail.internal.handler.config;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.RequestDocuments;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.listing.ContinuationTokens;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.AnalyticsConfiguration;
import dev.pail.internal.xml.ConfigurationPage;
import dev.pail.internal.xml.IntelligentTieringConfiguration;
import dev.pail.internal.xml.InventoryConfiguration;
import dev.pail.internal.xml.MetricsConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Put / Get / Delete / List of the configurations a bucket keeps by id: analytics, inventory,
 * metrics and intelligent tiering (up to 1,000 of each, listed 100 to a page).
 */
public final class IdConfigurationHandlers {

    public static final int MAX_CONFIGURATIONS = 1000;
    public static final int PAGE_SIZE = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * A family of configurations kept by id.
     *
     * @param prefix    the stored names' prefix, e.g. {@code analytics/}
     * @param type      the JAXB type
     * @param idOf      the id inside a document
     * @param validator S3's checks
     * @param page      a new, empty list page with the family's root element
     */
    public record Family<T>(String prefix, Class<T> type, Function<T, String> idOf, Consumer<T> validator,
                     Supplier<ConfigurationPage> page) {
    }

    public static final Family<AnalyticsConfiguration> ANALYTICS = new Family<>("analytics/", AnalyticsConfiguration.class,
            c -> c.id, IdConfigurationValidation::analytics, ConfigurationPage.Analytics::new);
    public static final Family<InventoryConfiguration> INVENTORY = new Family<>("inventory/", InventoryConfiguration.class,
            c -> c.id, IdConfigurationValidation::inventory, ConfigurationPage.Inventory::new);
    public static final Family<MetricsConfiguration> METRICS = new Family<>("metrics/", MetricsConfiguration.class,
            c -> c.id, IdConfigurationValidation::metrics, ConfigurationPage.Metrics::new);
    public static final Family<IntelligentTieringConfiguration> INTELLIGENT_TIERING = new Family<>("intelligent-tiering/",
            IntelligentTieringConfiguration.class, c -> c.id, IdConfigurationValidation::intelligentTiering,
            ConfigurationPage.IntelligentTiering::new);

    private final HandlerContext context;

    public IdConfigurationHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        family(handlers, ANALYTICS, S3Operation.PUT_BUCKET_ANALYTICS_CONFIGURATION,
                S3Operation.GET_BUCKET_ANALYTICS_CONFIGURATION, S3Operation.DELETE_BUCKET_ANALYTICS_CONFIGURATION,
                S3Operation.LIST_BUCKET_ANALYTICS_CONFIGURATIONS);
        family(handlers, INVENTORY, S3Operation.PUT_BUCKET_INVENTORY_CONFIGURATION,
                S3Operation.GET_BUCKET_INVENTORY_CONFIGURATION, S3Operation.DELETE_BUCKET_INVENTORY_CONFIGURATION,
                S3Operation.LIST_BUCKET_INVENTORY_CONFIGURATIONS);
        family(handlers, METRICS, S3Operation.PUT_BUCKET_METRICS_CONFIGURATION,
                S3Operation.GET_BUCKET_METRICS_CONFIGURATION, S3Operation.DELETE_BUCKET_METRICS_CONFIGURATION,
                S3Operation.LIST_BUCKET_METRICS_CONFIGURATIONS);
        family(handlers, INTELLIGENT_TIERING, S3Operation.PUT_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
                S3Operation.GET_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
                S3Operation.DELETE_BUCKET_INTELLIGENT_TIERING_CONFIGURATION,
                S3Operation.LIST_BUCKET_INTELLIGENT_TIERING_CONFIGURATIONS);
    }

    private <T> void family(Registry handlers, Family<T> family, S3Operation put,
                            S3Operation get, S3Operation delete, S3Operation list) {
        handlers.put(put, request -> put(family, request));
        handlers.put(get, request -> get(family, request));
        handlers.put(delete, request -> delete(family, request));
        handlers.put(list, request -> list(family, request));
    }

    private <T> S3Response put(Family<T> family, S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String id = id(request);
        T document = RequestDocuments.read(request, family.type());
        String documentId = family.idOf().apply(document);
        if (documentId == null) {
            throw ConfigurationChecks.malformed();
        }
        if (!documentId.equals(id)) {
            throw S3Exception.invalidArgument("The id in the configuration does not match the id query parameter",
                    "id", id);
        }
        family.validator().accept(document);
        String name = family.prefix() + id;
        if (bucket.configuration(name).isEmpty() && bucket.configurations(family.prefix()).size() >= MAX_CONFIGURATIONS) {
            throw new S3Exception(S3ErrorCode.TOO_MANY_CONFIGURATIONS);
        }
        bucket.putConfiguration(name, new String(XmlCodec.toXml(document), StandardCharsets.UTF_8));
        return S3Response.status(200).build();
    }

    private <T> S3Response get(Family<T> family, S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String id = id(request);
        String document = bucket.configuration(family.prefix() + id).orElseThrow(() -> noSuchConfiguration(id));
        return S3Response.status(200)
                .body(new ResponseBody.Bytes(document.getBytes(StandardCharsets.UTF_8), "application/xml")).build();
    }

    private <T> S3Response delete(Family<T> family, S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String id = id(request);
        if (!bucket.removeConfiguration(family.prefix() + id)) {
            throw noSuchConfiguration(id);
        }
        return S3Response.status(204).build();
    }

    private <T> S3Response list(Family<T> family, S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ConfigurationPage page = family.page().get();
        NavigableMap<String, String> all = bucket.configurations(family.prefix());
        if (request.queryParam("continuation-token").isPresent()) {
            page.continuationToken = request.queryParam("continuation-token").get();
            all = all.tailMap(family.prefix() + ContinuationTokens.decode(bucket.name(), page.continuationToken), false);
        }
        for (Map.Entry<String, String> entry : all.entrySet()) {
            if (page.configurations.size() == PAGE_SIZE) {
                page.isTruncated = true;
                String lastName = all.lowerKey(entry.getKey());
                page.nextContinuationToken = ContinuationTokens.encode(bucket.name(),
                        lastName.substring(family.prefix().length()));
                break;
            }
            page.configurations.add(XmlCodec.fromXml(entry.getValue().getBytes(StandardCharsets.UTF_8), family.type()));
        }
        return XmlResponses.ok(page);
    }

    private static String id(S3Request request) {
        String id = request.queryParam("id").orElse("");
        if (!ID.matcher(id).matches()) {
            throw S3Exception.invalidArgument("Invalid id: the id must be 1 to 64 letters, digits, periods, dashes "
                    + "or underscores", "id", id);
        }
        return id;
    }

    private static S3Exception noSuchConfiguration(String id) {
        return new S3Exception(S3ErrorCode.NO_SUCH_CONFIGURATION).detail("ConfigurationId", id);
    }
}
