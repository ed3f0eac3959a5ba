/**
 * A small strict JSON reader, JDK only, shared by the documents S3 takes as JSON: bucket policies
 * and the policies of browser form uploads (POST Object).
 */
package dev.pail.internal.json;
