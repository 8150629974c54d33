package com.example.contacts;

import javax.annotation.processing.Generated;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;

/**
 * A path into a request body as Spring's validation names it, such as {@code lines[2].priceCents},
 * with each property named as the application's {@code ObjectMapper} reads it, after its
 * {@code @JsonProperty} names, {@code @JsonNaming}, mix-ins and naming strategy: {@code lines[2].price_cents}.
 * Validation failures name the fields they are about through it, so that a client sees the names it
 * sent. Where Jackson does not know a property, its Java name stands.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesBodyNames {
    /**
     * How the application's mapper reads a body.
     */
    private final DeserializationConfig reading;

    EnvelopesBodyNames(ObjectMapper mapper) {
        this.reading = mapper.deserializationConfig();
    }

    /**
     * {@code path}, a property path into {@code body}, with the names of its JSON.
     */
    String jsonPath(Object body, String path) {
        if (body == null || path == null) {
            return path;
        }
        JavaType type = reading.constructType(body.getClass());
        StringBuilder json = new StringBuilder();
        int at = 0;
        while (at < path.length()) {
            if (path.charAt(at) == '.') {
                at++;
            } else if (path.charAt(at) == '[') {
                // An element of a list, array or map: its index or key stays as it is.
                int end = path.indexOf(']', at);
                int next = end < 0 ? path.length() : end + 1;
                json.append(path, at, next);
                type = type == null ? null : type.getContentType();
                at = next;
            } else {
                int end = at;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String javaName = path.substring(at, end);
                BeanPropertyDefinition property = type == null ? null : propertyOf(type, javaName);
                if (json.length() > 0) {
                    json.append('.');
                }
                json.append(property == null ? javaName : property.getName());
                type = property == null ? null : property.getPrimaryType();
                at = end;
            }
        }
        return json.toString();
    }

    /**
     * The property of {@code type} that Java calls {@code javaName}, as the mapper reads it, or
     * {@code null}.
     */
    private BeanPropertyDefinition propertyOf(JavaType type, String javaName) {
        ClassIntrospector introspector = reading.classIntrospectorInstance().forOperation(reading);
        BeanDescription description =
                introspector.introspectForDeserialization(type, introspector.introspectClassAnnotations(type));
        for (BeanPropertyDefinition candidate : description.findProperties()) {
            if (candidate.getInternalName().equals(javaName)) {
                return candidate;
            }
        }
        return null;
    }
}
