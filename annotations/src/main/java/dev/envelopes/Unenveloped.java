package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one resource method of an {@link Enveloped} class from the class's envelope: the method
 * answers exactly what it returns, as Jakarta REST would without Envelopes, for example a raw
 * {@code Response} that streams a file, or a health check whose body a load balancer reads.
 *
 * <pre>{@code
 * @Path("/projects")
 * @Enveloped
 * public class ProjectResource {
 *   @GET @Path("{id}/export")
 *   @Produces("text/csv")
 *   @Unenveloped                       // answered as returned: status, headers and body
 *   public Response export(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <p>An opted-out method gets no envelope and no paging checks, so it may return anything Jakarta
 * REST accepts and produce any media type. Its exceptions still answer in the style of its class,
 * as every error of the API does: a client of the API reads one error format.
 *
 * <p>It is a separate annotation, rather than a value of {@code @Enveloped}, so that the method
 * states plainly what it does, and so that it cannot be confused with enveloping the method.
 * {@code @Unenveloped} belongs on a resource method whose class is {@code @Enveloped}; on a method
 * that carries {@code @Enveloped} itself, or in a class whose {@code @Enveloped} is only on other
 * methods, it opts out of nothing and is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Unenveloped {}
