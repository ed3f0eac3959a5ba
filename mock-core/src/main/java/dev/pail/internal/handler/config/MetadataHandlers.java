package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.requireOneOf;
import static dev.pail.internal.handler.config.ConfigurationChecks.required;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.RequestDocuments;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.GetBucketMetadataConfigurationResult;
import dev.pail.internal.xml.GetBucketMetadataTableConfigurationResult;
import dev.pail.internal.xml.InventoryTableConfiguration;
import dev.pail.internal.xml.JournalTableConfiguration;
import dev.pail.internal.xml.MetadataConfiguration;
import dev.pail.internal.xml.MetadataTableConfiguration;
import dev.pail.internal.xml.MetadataTables;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * S3 Metadata: the V1 metadata table configuration and the V2 metadata configuration (journal and
 * inventory tables). Pail stores them and answers as if S3 had created the tables: status
 * {@code ACTIVE}, table ARNs derived from the bucket.
 */
public final class MetadataHandlers {

    public static final String TABLE = "metadataTable";
    public static final String CONFIGURATION = "metadataConfiguration";
    private static final String ACTIVE = "ACTIVE";
    private static final Set<String> STATES = Set.of("ENABLED", "DISABLED");

    private final HandlerContext context;

    public MetadataHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.CREATE_BUCKET_METADATA_TABLE_CONFIGURATION, this::createTable);
        handlers.put(S3Operation.GET_BUCKET_METADATA_TABLE_CONFIGURATION, this::getTable);
        handlers.put(S3Operation.DELETE_BUCKET_METADATA_TABLE_CONFIGURATION, request -> delete(request, TABLE));
        handlers.put(S3Operation.CREATE_BUCKET_METADATA_CONFIGURATION, this::createConfiguration);
        handlers.put(S3Operation.GET_BUCKET_METADATA_CONFIGURATION, this::getConfiguration);
        handlers.put(S3Operation.DELETE_BUCKET_METADATA_CONFIGURATION, request -> delete(request, CONFIGURATION));
        handlers.put(S3Operation.UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION, this::updateInventory);
        handlers.put(S3Operation.UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION, this::updateJournal);
    }

    private S3Response createTable(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        MetadataTableConfiguration table = RequestDocuments.read(request, MetadataTableConfiguration.class);
        MetadataTableConfiguration.S3TablesDestination destination = required(table.s3TablesDestination);
        if (!required(destination.tableBucketArn).startsWith("arn:aws:s3tables:") || required(destination.tableName).isEmpty()) {
            throw S3Exception.invalidArgument("Invalid S3 Tables destination", "TableBucketArn", destination.tableBucketArn);
        }
        requireNone(bucket, TABLE);
        store(bucket, TABLE, table);
        return S3Response.status(200).build();
    }

    private S3Response getTable(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        MetadataTableConfiguration table = read(bucket, TABLE, MetadataTableConfiguration.class);
        GetBucketMetadataTableConfigurationResult result = new GetBucketMetadataTableConfigurationResult();
        GetBucketMetadataTableConfigurationResult.DestinationResult destination =
                result.metadataTableConfigurationResult.s3TablesDestinationResult;
        destination.tableBucketArn = table.s3TablesDestination.tableBucketArn;
        destination.tableName = table.s3TablesDestination.tableName;
        destination.tableArn = tableArn(destination.tableBucketArn, bucket, destination.tableName);
        destination.tableNamespace = namespace(bucket);
        result.status = ACTIVE;
        return XmlResponses.ok(result);
    }

    private S3Response createConfiguration(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        MetadataConfiguration configuration = RequestDocuments.read(request, MetadataConfiguration.class);
        checkJournal(required(configuration.journalTableConfiguration));
        if (configuration.inventoryTableConfiguration != null) {
            checkInventory(configuration.inventoryTableConfiguration);
        }
        requireNone(bucket, CONFIGURATION);
        store(bucket, CONFIGURATION, configuration);
        return S3Response.status(200).build();
    }

    private S3Response getConfiguration(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        MetadataConfiguration configuration = read(bucket, CONFIGURATION, MetadataConfiguration.class);
        GetBucketMetadataConfigurationResult result = new GetBucketMetadataConfigurationResult();
        GetBucketMetadataConfigurationResult.Destination destination = result.metadataConfigurationResult.destinationResult;
        destination.tableBucketType = "aws";
        destination.tableBucketArn = "arn:aws:s3tables:" + bucket.region() + ":" + accountId() + ":bucket/aws-s3";
        destination.tableNamespace = namespace(bucket);
        GetBucketMetadataConfigurationResult.JournalResult journal = new GetBucketMetadataConfigurationResult.JournalResult();
        journal.tableStatus = ACTIVE;
        journal.tableName = "journal";
        journal.tableArn = tableArn(destination.tableBucketArn, bucket, journal.tableName);
        journal.recordExpiration = configuration.journalTableConfiguration.recordExpiration;
        result.metadataConfigurationResult.journalTableConfigurationResult = journal;
        InventoryTableConfiguration inventory = configuration.inventoryTableConfiguration;
        GetBucketMetadataConfigurationResult.InventoryResult inventoryResult = new GetBucketMetadataConfigurationResult.InventoryResult();
        inventoryResult.configurationState = inventory == null ? "DISABLED" : inventory.configurationState;
        if ("ENABLED".equals(inventoryResult.configurationState)) {
            inventoryResult.tableStatus = ACTIVE;
            inventoryResult.tableName = "inventory";
            inventoryResult.tableArn = tableArn(destination.tableBucketArn, bucket, inventoryResult.tableName);
        }
        result.metadataConfigurationResult.inventoryTableConfigurationResult = inventoryResult;
        return XmlResponses.ok(result);
    }

    private S3Response updateInventory(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        InventoryTableConfiguration inventory = RequestDocuments.read(request, InventoryTableConfiguration.class);
        checkInventory(inventory);
        MetadataConfiguration configuration = read(bucket, CONFIGURATION, MetadataConfiguration.class);
        configuration.inventoryTableConfiguration = inventory;
        store(bucket, CONFIGURATION, configuration);
        return S3Response.status(200).build();
    }

    private S3Response updateJournal(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        JournalTableConfiguration journal = RequestDocuments.read(request, JournalTableConfiguration.class);
        if (journal.encryptionConfiguration != null) {
            throw ConfigurationChecks.malformed();
        }
        checkJournal(journal);
        MetadataConfiguration configuration = read(bucket, CONFIGURATION, MetadataConfiguration.class);
        configuration.journalTableConfiguration.recordExpiration = journal.recordExpiration;
        store(bucket, CONFIGURATION, configuration);
        return S3Response.status(200).build();
    }

    private S3Response delete(S3Request request, String name) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        if (!bucket.removeConfiguration(name)) {
            throw notFound(bucket);
        }
        return S3Response.status(204).build();
    }

    private static void checkJournal(JournalTableConfiguration journal) {
        MetadataTables.RecordExpiration expiration = required(journal.recordExpiration);
        requireOneOf(expiration.expiration, STATES);
        if ("ENABLED".equals(expiration.expiration) && (expiration.days == null || expiration.days < 7)) {
            throw S3Exception.invalidArgument("Days must be at least 7 when record expiration is enabled", "Days",
                    String.valueOf(expiration.days));
        }
        checkEncryption(journal.encryptionConfiguration);
    }

    private static void checkInventory(InventoryTableConfiguration inventory) {
        requireOneOf(inventory.configurationState, STATES);
        checkEncryption(inventory.encryptionConfiguration);
    }

    private static void checkEncryption(MetadataTables.Encryption encryption) {
        if (encryption == null) {
            return;
        }
        requireOneOf(encryption.sseAlgorithm, Set.of("aws:kms", "AES256"));
        if ("AES256".equals(encryption.sseAlgorithm) && encryption.kmsKeyArn != null) {
            throw S3Exception.invalidArgument("KmsKeyArn is only valid with the aws:kms algorithm", "KmsKeyArn",
                    encryption.kmsKeyArn);
        }
    }

    private static void requireNone(Bucket bucket, String name) {
        if (bucket.configuration(name).isPresent()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "The bucket already has a metadata configuration. Delete it before creating a new one.");
        }
    }

    private static void store(Bucket bucket, String name, Object document) {
        bucket.putConfiguration(name, new String(XmlCodec.toXml(document), StandardCharsets.UTF_8));
    }

    private static <T> T read(Bucket bucket, String name, Class<T> type) {
        String xml = bucket.configuration(name).orElseThrow(() -> notFound(bucket));
        return XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), type);
    }

    private static S3Exception notFound(Bucket bucket) {
        return new S3Exception(S3ErrorCode.NO_SUCH_CONFIGURATION, "The specified bucket does not have a metadata "
                + "configuration.").detail("BucketName", bucket.name());
    }

    /** S3 Metadata's namespace for a bucket's tables. */
    private static String namespace(Bucket bucket) {
        return "b_" + bucket.name().replace('-', '_').replace('.', '_');
    }

    private static String tableArn(String tableBucketArn, Bucket bucket, String tableName) {
        UUID id = UUID.nameUUIDFromBytes((bucket.name() + "/" + tableName).getBytes(StandardCharsets.UTF_8));
        return tableBucketArn + "/table/" + id;
    }

    /** The account Pail answers as. */
    private static String accountId() {
        return "000000000000";
    }
}
