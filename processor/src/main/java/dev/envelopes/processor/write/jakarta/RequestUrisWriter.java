package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.Members;
import java.net.URI;
import javax.lang.model.element.Modifier;

/**
 * Renders the one class through which the generated code reads and rewrites a request's URI. A
 * runtime may rebuild the URI a filter set from its decoded parts (Quarkus REST does), and that
 * round trip can turn a query the client sent, such as {@code %0A%CC%8C}, into one that no longer
 * parses; so whoever rewrites keeps both URIs, and nothing reads one back from the runtime after a
 * rewrite.
 */
final class RequestUrisWriter {

  private RequestUrisWriter() {}

  static TypeSpec render(GeneratedNames names) {
    return Members.supportClass(names.requestUris())
        .addJavadoc(
            """
The URIs of a request that the generated code reads: the one the client sent, which every link and
location is made from, and the one the API's pre-matching filters last set. Each filter rewrites
through {@link #rewrite}, and nothing reads the request's URI back from the runtime after that: a
runtime may rebuild a URI that was set from its decoded parts, and for some queries the rebuilt
one no longer parses.
""")
        .addField(
            SupportMembers.requestProperty(
                names.requestUris(),
                Modifier.PRIVATE,
                "SENT",
                ".sent",
                "holds the URI the client sent"))
        .addField(
            SupportMembers.requestProperty(
                names.requestUris(),
                Modifier.PRIVATE,
                "SET",
                ".set",
                "holds the URI the filters last set"))
        .addMethod(Members.privateConstructor())
        .addMethod(
            read(
                "sent",
                "SENT",
                """
The URI the client sent, path prefix and query included, as it was before any of the filters
rewrote it: the one links and locations are made from.
"""))
        .addMethod(
            Members.publicStatic("sentPathBuilder", LibraryTypes.URI_BUILDER)
                .addJavadoc(
                    """
A builder of the URI the client sent without its query, as {@code getAbsolutePathBuilder()} is of
the request's: the one a location is made under.
""")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "return $T.fromUri(sent(request)).replaceQuery(null)", LibraryTypes.URI_BUILDER)
                .build())
        .addMethod(
            read(
                "current",
                "SET",
                """
The request's URI as the last filter to rewrite it set it, or as the client sent it when none did:
the one the next filter rewrites.
"""))
        .addMethod(
            Members.publicStatic("rewrite")
                .addJavadoc(
                    """
Sets the request's URI to {@code uri}, after keeping the one the client sent if no filter has
rewritten it yet.
""")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(URI.class, "uri")
                .beginControlFlow("if (request.getProperty(SENT) == null)")
                .addStatement("request.setProperty(SENT, request.getUriInfo().getRequestUri())")
                .endControlFlow()
                .addStatement("request.setProperty(SET, uri)")
                .addStatement("request.setRequestUri(uri)")
                .build())
        .build();
  }

  /** The method {@code name} that reads the URI the request property {@code property} holds. */
  private static MethodSpec read(String name, String property, String javadoc) {
    return Members.publicStatic(name, URI.class)
        .addJavadoc(javadoc)
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addStatement("$T kept = ($T) request.getProperty($L)", URI.class, URI.class, property)
        .addStatement("return kept == null ? request.getUriInfo().getRequestUri() : kept")
        .build();
  }
}
