package com.example.shop;

import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped handler methods of {@link OrderController} in the style each chooses: one
 * {@link EnvelopesEndpoint} per method, found by its {@code Method}, which is looked up once, when
 * the application starts.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class OrderControllerEnvelopes {
    private OrderControllerEnvelopes() {
    }

    /**
     * The endpoints of the controller's enveloped methods, by method.
     */
    public static Map<Method, EnvelopesEndpoint> endpoints() {
        return Map.ofEntries(
                Map.entry(EnvelopesEndpoints.method(OrderController.class, "get", long.class), new GetEndpoint()),
                Map.entry(EnvelopesEndpoints.method(OrderController.class, "count"), new CountEndpoint()),
                Map.entry(EnvelopesEndpoints.method(OrderController.class, "label", long.class), new LabelEndpoint()));
    }

    /**
     * Wraps the answer of {@link OrderController#get(long)} in {@link OrderControllerGetEnvelope}.
     */
    private static final class GetEndpoint extends EnvelopesEndpoint {
        GetEndpoint() {
            super(Style.META, OrderControllerGetEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Order data = (Order) result;
            MetaStatus status = MetaStatus.OK;
            return MetaResponses.answer(response, new OrderControllerGetEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, null, null));
        }
    }

    /**
     * Wraps the answer of {@link OrderController#count()} in {@link OrderControllerCountEnvelope}.
     */
    private static final class CountEndpoint extends EnvelopesEndpoint {
        CountEndpoint() {
            super(Style.BARE, OrderControllerCountEnvelope.class);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            long data = (Long) result;
            return BareResponses.answer(response, new OrderControllerCountEnvelope(data));
        }
    }

    /**
     * Answers {@link OrderController#label(long)} with its value as it is.
     */
    private static final class LabelEndpoint extends EnvelopesEndpoint {
        LabelEndpoint() {
            super(Style.BARE, Object.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            String data = (String) result;
            if (data == null) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, data);
        }
    }
}
