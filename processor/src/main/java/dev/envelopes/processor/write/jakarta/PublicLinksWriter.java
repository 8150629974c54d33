package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import java.lang.reflect.Type;
import java.net.URI;
import javax.lang.model.element.Modifier;

/**
 * Renders the provider through which every generated link is made: it hands each request the {@code
 * LinkBase} the application configured, so that no link trusts the client's {@code Host}.
 */
final class PublicLinksWriter {

  private PublicLinksWriter() {}

  static TypeSpec render(GeneratedNames names) {
    ClassName self = names.publicLinks();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addJavadoc(
            """
Makes the links of the answers ({@code pagination}, {@code Location}, {@code Link}) as {@link $T}
describes: after the configured public base URI, a trusted proxy's, or relative to the
server's root; never from the request's {@code Host}. The dynamic feature of each enveloped resource
whose answers link registers it for the resource's methods, with the configuration the
application has once every feature ran.
""",
            RuntimeTypes.LINK_BASE)
        .addAnnotation(SourceFiles.generated())
        .addField(
            SupportMembers.requestProperty(
                self, Modifier.PRIVATE, "BASE", ".base", "carries the link base"))
        .addField(
            FieldSpec.builder(RuntimeTypes.LINK_BASE, "base", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The link base read from the application's configuration.\n")
                .build())
        .addMethod(Members.keepingConstructor(RuntimeTypes.LINK_BASE, "base"))
        .addMethod(
            SupportMembers.requestFilter().addStatement("request.setProperty(BASE, base)").build())
        .addMethod(
            ofTarget(
                    "link",
                    String.class,
                    """
The link to {@code target}, a URI of this server, as an answer to {@code request} gives it:
relative to the server's root when the filter did not run.
""")
                .addStatement("return base(request).link(target, request::getHeaderString)")
                .build())
        .addMethod(
            Members.publicStatic("link", String.class)
                .addJavadoc(
                    """
The link to {@code target}, the path and query of a URI of this server as the client sent them,
as {@link #link($T, $T)} links a URI: nothing to parse.
""",
                    LibraryTypes.REQUEST_CONTEXT,
                    URI.class)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(String.class, "scheme")
                .addParameter(String.class, "target")
                .addStatement("return base(request).link(scheme, target, request::getHeaderString)")
                .build())
        .addMethod(
            ofTarget(
                    "location",
                    URI.class,
                    """
The {@code Location} of {@code target} in the answer to {@code request}, as {@link #link} links it.
""")
                .addStatement("return $T.create(link(request, target))", URI.class)
                .build())
        .addMethod(
            Members.privateStatic("base")
                .returns(RuntimeTypes.LINK_BASE)
                .addJavadoc(
                    "The link base the filter gave {@code request}; none when it did not run.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "return request.getProperty(BASE) instanceof $T configured ? configured :"
                        + " $T.UNCONFIGURED",
                    RuntimeTypes.LINK_BASE,
                    RuntimeTypes.LINK_BASE)
                .build())
        .build();
  }

  /**
   * The public method {@code name(request, target)} that returns a {@code returns} made from
   * {@code target} for the answer to {@code request}, described by {@code javadoc}.
   */
  private static MethodSpec.Builder ofTarget(String name, Type returns, String javadoc) {
    return Members.publicStatic(name, returns)
        .addJavadoc(javadoc)
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(URI.class, "target");
  }
}
