package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one type that declares what holds for the whole API: its table of {@link ResponseCode}s
 * and the {@link MapException} declarations for exceptions you cannot annotate. Put it on your
 * {@code Application} class or on a class of its own.
 *
 * <pre>{@code
 * @EnvelopeApi
 * @ResponseCode(status = 200, code = 602, message = "Request OK")
 * @ResponseCode(status = 404, code = 704, message = "Resource not found")
 * @MapException(value = IllegalArgumentException.class, status = 400)
 * public class SampleApplication extends Application { ... }
 * }</pre>
 *
 * <p>The API-wide sources, among them {@code EnvelopesFeature}, are generated into this type's
 * package. Without an {@code @EnvelopeApi} type they go into the deepest package that holds every
 * {@link Enveloped} resource. Register the feature once:
 *
 * <pre>{@code
 * new ResourceConfig().register(EnvelopesFeature.class).register(ProjectResource.class);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EnvelopeApi {}
