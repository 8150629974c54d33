package com.example.accounts;

import dev.envelopes.LinkBase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link AccountResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class AccountResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != AccountResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "get" -> context.register(new GetEndpoint());
            case "byHolder" -> context.register(new ByHolderEndpoint());
            case "count" -> context.register(new CountEndpoint());
            case "holder" -> context.register(new HolderEndpoint());
            case "balances" -> context.register(new BalancesEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link AccountResource#get(long, String)} in {@link AccountResourceGetEnvelope}.
     */
    private static final class GetEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            Account data = (Account) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            AccountResourceGetEnvelope envelope =
                    new AccountResourceGetEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link AccountResource#byHolder(String)} in {@link AccountResourceByHolderEnvelope}.
     */
    private static final class ByHolderEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            Optional<?> result = (Optional<?>) response.getEntity();
            Account data = (Account) (result == null ? null : result.orElse(null));
            MetaStatus status = MetaStatus.OK;
            AccountResourceByHolderEnvelope envelope =
                    new AccountResourceByHolderEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link AccountResource#count()} in {@link AccountResourceCountEnvelope}.
     */
    private static final class CountEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            int data = (Integer) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            AccountResourceCountEnvelope envelope =
                    new AccountResourceCountEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link AccountResource#holder(long)} in {@link AccountResourceHolderEnvelope}.
     */
    private static final class HolderEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            String data = (String) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            AccountResourceHolderEnvelope envelope =
                    new AccountResourceHolderEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link AccountResource#balances()} in {@link AccountResourceBalancesEnvelope}.
     */
    private static final class BalancesEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            @SuppressWarnings("unchecked") // AccountResource.balances returns exactly this type
            Map<String, Long> data = (Map<String, Long>) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            AccountResourceBalancesEnvelope envelope =
                    new AccountResourceBalancesEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }
}
