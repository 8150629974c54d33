package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers a Jakarta REST resource in a response convention: by default the meta envelope, where
 * every response, success or error, is one JSON object with the keys {@code success, code, message,
 * status_code, status_message, detailed, data, count, pagination}, in that order. {@link
 * EnvelopeStyle} chooses another {@link Style}; what follows describes the meta envelope, and each
 * {@link Style} constant says what its style answers instead.
 *
 * <p>On a class, every resource method of the class ({@code @GET}, {@code @POST}, {@code @PUT},
 * {@code @PATCH}, {@code @DELETE}, ...) is enveloped, those it inherits from superclasses too; on a
 * single method, only that method is. An inherited method answers the payload its type variables
 * stand for in the class, such as {@code Book} for {@code T get()} of {@code CrudResource<Book>}.
 *
 * <pre>{@code
 * @Path("/projects")
 * @Enveloped
 * public class ProjectResource {
 *   @GET @Path("{id}")
 *   public Project get(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <p>Resource methods keep returning their plain payload; what the envelope holds follows from the
 * HTTP method and the return type:
 *
 * <ul>
 *   <li>a {@code @POST} method that returns an id ({@code long}, {@code int}, their boxes, {@code
 *       String} or {@link java.util.UUID}) creates: it answers {@code 201 Created}, a {@code
 *       Location} header naming the new resource (the request path followed by the id), and the id
 *       in {@code data};
 *   <li>a {@code @PATCH} method answers {@code 200 OK}, a {@code Location} header naming the
 *       modified resource (the request path), and {@code data: null};
 *   <li>any other method answers {@code 200 OK} with its return value in {@code data}, and for a
 *       collection or array, its size in {@code count};
 *   <li>a {@link Paginated} method puts the page's items in {@code data}, the total in {@code
 *       count}, and links to its neighbours in {@code pagination}.
 * </ul>
 *
 * <p>A method that returns {@code null} or an empty {@link java.util.Optional} answers {@code data:
 * null}; one that returns {@code null} where there must be a value (a collection, an array, a page,
 * a created id) is a bug of the server, answered with a 500 and logged.
 *
 * <p>A method that returns {@code CompletionStage<T>} or {@code CompletableFuture<T>} answers as
 * one that returns {@code T}, once Jakarta REST has completed the stage; a stage that fails answers
 * as if the method had thrown the exception it failed with. {@code @Suspended AsyncResponse} is
 * refused, since what it resumes with has no type an envelope could name.
 *
 * <p>An enveloped method produces JSON: a {@code @Produces} of another media type, such as {@code
 * text/plain}, is a compile error. A method that answers a file, a raw {@code Response} or plain
 * text opts out of its class's envelope with {@link Unenveloped}.
 *
 * <p>Exceptions are answered in the same envelope: with their status where {@link ApiError} or
 * {@link MapException} declares one, with a bare 500 that names nothing otherwise.
 *
 * <p>Register the generated {@code EnvelopesFeature} once in the application; see {@link
 * EnvelopeApi} for where it is generated and how the API's codes are declared.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Enveloped {}
