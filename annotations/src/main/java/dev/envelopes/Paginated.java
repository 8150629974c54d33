package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pages an enveloped {@code @GET} method by the query parameters {@code offset} (the number of
 * records to skip) and {@code limit} (the page size).
 *
 * <p>The method declares both as ordinary query parameters, with the page size's default in
 * {@code @DefaultValue}, and returns a {@link Page}: this page's records and the total.
 *
 * <pre>{@code
 * @GET
 * @Paginated(maxLimit = 300)
 * public Page<Project> list(@QueryParam("offset") long offset,
 *                           @QueryParam("limit") @DefaultValue("25") int limit) {
 *   return new Page<>(store.find(offset, limit), store.count());
 * }
 * }</pre>
 *
 * <p>The response's {@code count} is the total, and {@code pagination} holds links to the next and
 * previous pages ({@code null} where there is none), made as {@link LinkBase} describes. The links keep the request's path and
 * its other query parameters. The previous page never overlaps the current one: from offset 5 with
 * limit 20, {@code prev} asks for offset 0 and limit 5.
 *
 * <p>Before the method runs, the generated code checks both parameters: an absent or empty one
 * takes its default; one that is not a plain whole number ({@code 0-9} only), is out of range for
 * its type, is given twice, or a {@code limit} that is zero or over {@link #maxLimit()}, is
 * answered with {@code 400 Bad Request} and a {@code detailed} entry naming the parameter, and the
 * method is not called.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Paginated {

  /**
   * The largest {@code limit} a client may ask for, at least 1; a larger one is answered with 400.
   */
  int maxLimit() default 300;

  /**
   * The largest {@code offset} a client may ask for, from 0, for a store that cannot skip records
   * cheaply; a larger one is answered with 400, and no {@code next} link leads past it. Only the
   * meta envelope pages by offset; the other styles do not take it.
   */
  long maxOffset() default Long.MAX_VALUE;
}
