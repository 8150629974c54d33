package dev.envelopes.processor.write;

import com.palantir.javapoet.FieldSpec;
import dev.envelopes.VendorVersions;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The constants the vendor style's request filter reads a request's version with, in every binding:
 * the version the API answers and the vendor's media type in any version.
 */
public final class VendorVersionConstants {

  private VendorVersionConstants() {}

  /** {@code VERSION} and {@code VENDOR_TYPE} of {@code vendor}, in that order. */
  public static List<FieldSpec> of(VendorDeclaration vendor) {
    return List.of(
        FieldSpec.builder(
                String.class, "VERSION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The version the API answers.\n")
            .initializer("$S", Integer.toString(vendor.version()))
            .build(),
        FieldSpec.builder(
                Pattern.class, "VENDOR_TYPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The vendor's media type in any version, parameters aside.\n")
            .initializer("$T.mediaType($S)", VendorVersions.class, vendor.vendor())
            .build());
  }
}
