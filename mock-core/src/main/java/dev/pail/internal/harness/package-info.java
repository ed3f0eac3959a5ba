/**
 * What the JUnit 5 extension and the TestNG listener share: which types they inject and how, strict
 * mode's check, and contract mode's bucket set-up. Internal: not for users.
 */
package dev.pail.internal.harness;
