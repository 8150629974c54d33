package com.example.flow;

import dev.envelopes.LinkBase;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the API's enveloped controllers in their styles. An auto-configuration: the processor
 * lists it in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}
 * beside the compiled classes, so Spring Boot applies it with no line of yours (and component
 * scanning leaves it to Boot). It must come before Boot's error configuration, whose
 * {@code BasicErrorController} gives way to {@link EnvelopesErrorController}; the class is named in
 * the packages of Spring Boot 4 and 3. Without Spring Boot, {@code @Import} it.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@AutoConfiguration(
        beforeName = {
                "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
                "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration"}
)
public class EnvelopesConfiguration implements WebMvcConfigurer {
    private final EnvelopesEndpoints endpoints;

    public EnvelopesConfiguration(Environment environment) {
        this.endpoints = new EnvelopesEndpoints(name -> environment.getProperty(name, Object.class));
    }

    @Bean
    PublicLinks envelopesPublicLinks(Environment environment) {
        return new PublicLinks(LinkBase.of(environment::getProperty));
    }

    @Bean
    EnvelopesInternalErrors envelopesInternalErrors() {
        return new EnvelopesInternalErrors();
    }

    @Bean
    EnvelopesExceptionHandler envelopesExceptionHandler(EnvelopesInternalErrors internalErrors,
            ObjectProvider<ObjectMapper> mapper) {
        // Validation failures name fields as the application's mapper reads them.
        return new EnvelopesExceptionHandler(endpoints, internalErrors,
                new EnvelopesBodyNames(mapper.getIfAvailable(JsonMapper::new)));
    }

    @Bean
    EnvelopesErrorController envelopesErrorController() {
        return new EnvelopesErrorController();
    }

    @Bean
    FilterRegistrationBean<EnvelopesHeaders> envelopesHeaders() {
        FilterRegistrationBean<EnvelopesHeaders> registration = new FilterRegistrationBean<>(new EnvelopesHeaders());
        // First, so that an answer another filter ends carries them too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Puts the envelopes first among Spring MVC's return value handlers once every bean is ready:
     * {@code addReturnValueHandlers} would put them after Spring's own, which take every
     * {@code @ResponseBody} method first.
     */
    @Bean
    SmartInitializingSingleton envelopesReturnValues(RequestMappingHandlerAdapter adapter,
            PublicLinks links) {
        return () -> EnvelopesReturnValues.install(adapter, endpoints, links);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EnvelopesPagingChecks(endpoints));
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        // First: Spring's own resolvers cannot take what it answers.
        resolvers.add(0, new EnvelopesBrokenExceptions());
    }

    /**
     * The vendor style's filter, right after {@link EnvelopesHeaders}: ahead of the application's filters, so that
     * they see the request as the vendor style reads it.
     */
    @Bean
    FilterRegistrationBean<VendorRequests> envelopesVendorRequests(
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> refusals) {
        VendorRequests filter = new VendorRequests(refusals);
        FilterRegistrationBean<VendorRequests> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    VendorRequestIds envelopesVendorRequestIds() {
        return new VendorRequestIds();
    }
}
