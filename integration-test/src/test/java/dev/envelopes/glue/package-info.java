/**
 * Tests that call the sample's generated Jakarta REST classes directly, not over HTTP, such as
 * {@link dev.envelopes.glue.PagingArithmeticTest}: they reach what no request can, such as totals
 * near {@code Long.MAX_VALUE}. Outside the HTTP suite ({@code dev.envelopes.sample}) and out of its
 * test-jar (see this module's pom), so that only this module runs them: the classes they call are
 * the Jakarta REST binding's, the same on every Jakarta REST runtime, and absent on Spring, whose
 * binding generates others.
 */
package dev.envelopes.glue;
