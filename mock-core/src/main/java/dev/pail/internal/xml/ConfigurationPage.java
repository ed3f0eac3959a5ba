package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a List...Configurations response (analytics, inventory, metrics, intelligent
 * tiering): the paging elements and the configurations, under the root element S3 uses for each.
 */
@XmlTransient
public abstract class ConfigurationPage {

    @XmlElement(name = "IsTruncated")
    public boolean isTruncated;
    @XmlElement(name = "ContinuationToken")
    public String continuationToken;
    @XmlElement(name = "NextContinuationToken")
    public String nextContinuationToken;
    @XmlElements({
        @XmlElement(name = "AnalyticsConfiguration", type = AnalyticsConfiguration.class),
        @XmlElement(name = "InventoryConfiguration", type = InventoryConfiguration.class),
        @XmlElement(name = "MetricsConfiguration", type = MetricsConfiguration.class),
        @XmlElement(name = "IntelligentTieringConfiguration", type = IntelligentTieringConfiguration.class)
    })
    public List<Object> configurations = new ArrayList<>();

    ConfigurationPage() {
    }

    /** The ListBucketAnalyticsConfigurations response. */
    @XmlRootElement(name = "ListBucketAnalyticsConfigurationResult")
    @XmlType(name = "ListBucketAnalyticsConfigurationResult")
    public static final class Analytics extends ConfigurationPage {
    }

    /** The ListBucketInventoryConfigurations response. */
    @XmlRootElement(name = "ListInventoryConfigurationsResult")
    @XmlType(name = "ListInventoryConfigurationsResult")
    public static final class Inventory extends ConfigurationPage {
    }

    /** The ListBucketMetricsConfigurations response. */
    @XmlRootElement(name = "ListMetricsConfigurationsResult")
    @XmlType(name = "ListMetricsConfigurationsResult")
    public static final class Metrics extends ConfigurationPage {
    }

    /** The ListBucketIntelligentTieringConfigurations response. */
    @XmlRootElement(name = "ListBucketIntelligentTieringConfigurationsOutput")
    @XmlType(name = "ListBucketIntelligentTieringConfigurationsOutput")
    public static final class IntelligentTiering extends ConfigurationPage {
    }
}
