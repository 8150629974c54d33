package com.example.crm.contacts;

import dev.envelopes.ApiError;

@ApiError(status = 409, errorCode = "BUSINESS_RULE_VIOLATION")
public class CreditLimitExceeded extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
