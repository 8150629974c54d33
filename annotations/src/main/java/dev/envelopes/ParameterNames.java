package dev.envelopes;

/**
 * The names clients know a resource method's parameters by, as the generated exception mapper
 * lists them to name the field of a validation failure: a query, path, header, cookie, matrix or
 * form parameter name, {@code body} for the request body, {@code null} for a parameter without one.
 */
public final class ParameterNames {

  private ParameterNames() {}

  /** The name of the parameter at {@code index} among {@code names}; {@code null} for none. */
  public static String at(int index, String... names) {
    return index >= 0 && index < names.length ? names[index] : null;
  }
}
