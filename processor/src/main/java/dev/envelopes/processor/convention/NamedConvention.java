package dev.envelopes.processor.convention;

/**
 * What every convention is given rather than works out: the phrase that names it and the query
 * parameters its pages are asked by. Each convention passes its own to this constructor; what it
 * decides in code, and the choices its javadoc writes down, stay in the convention.
 */
abstract class NamedConvention implements Convention {

  private final String phrase;
  private final PagingParameters pagingParameters;

  NamedConvention(String phrase, PagingParameters pagingParameters) {
    this.phrase = phrase;
    this.pagingParameters = pagingParameters;
  }

  @Override
  public final String phrase() {
    return phrase;
  }

  @Override
  public final PagingParameters pagingParameters() {
    return pagingParameters;
  }
}
