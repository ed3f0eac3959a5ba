package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Who pays for requests: PutBucketRequestPayment body, GetBucketRequestPayment response. */
@XmlRootElement(name = "RequestPaymentConfiguration")
public final class RequestPaymentConfiguration {

    @XmlElement(name = "Payer")
    public String payer;

    RequestPaymentConfiguration() {
    }

    /** @param payer {@code BucketOwner} or {@code Requester} */
    public RequestPaymentConfiguration(String payer) {
        this.payer = payer;
    }
}
