/**
 * JAXB types for S3's XML documents, and the one shared {@link dev.pail.internal.xml.XmlCodec}.
 * Handlers map between these and the domain model; nothing else sees them.
 */
@XmlSchema(namespace = XmlCodec.S3_NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlCodec.S3_NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
