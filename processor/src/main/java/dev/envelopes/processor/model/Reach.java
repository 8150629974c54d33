package dev.envelopes.processor.model;

/**
 * From where generated code may name a type the user wrote: anywhere when it and every type that
 * encloses it are public, only from its own package when one of them is package-private or
 * protected, and from nowhere when one of them is private.
 *
 * @param kind how far the type reaches
 * @param packageName the package of the type
 */
public record Reach(Kind kind, String packageName) {

  /** How far a type reaches. */
  public enum Kind {
    EVERYWHERE,
    OWN_PACKAGE,
    NOWHERE
  }

  /** Whether code generated into {@code packageName} may name the type. */
  public boolean from(String packageName) {
    return switch (kind) {
      case EVERYWHERE -> true;
      case OWN_PACKAGE -> this.packageName.equals(packageName);
      case NOWHERE -> false;
    };
  }

  /** How a message says why the type cannot be named, such as "package-private in com.example". */
  public String describe() {
    return switch (kind) {
      case EVERYWHERE -> "public";
      case OWN_PACKAGE ->
          "package-private in "
              + (packageName.isEmpty() ? "the unnamed package" : "package " + packageName);
      case NOWHERE -> "private";
    };
  }
}
