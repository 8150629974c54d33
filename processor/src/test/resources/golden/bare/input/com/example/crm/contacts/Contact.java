package com.example.crm.contacts;

import java.util.UUID;

public record Contact(UUID contactId, String fullName) {}
