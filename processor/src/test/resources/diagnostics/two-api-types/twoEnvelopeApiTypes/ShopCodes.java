package com.example;

import dev.envelopes.EnvelopeApi;

/** The API's codes. */
@EnvelopeApi
public final class ShopCodes {

  private ShopCodes() {}
}
