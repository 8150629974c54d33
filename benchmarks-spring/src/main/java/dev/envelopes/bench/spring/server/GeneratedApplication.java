package dev.envelopes.bench.spring.server;

import dev.envelopes.bench.spring.api.ItemController;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The generated side: the API's controller, answered by the glue Envelopes generated for it, which
 * Spring Boot finds by the auto-configuration file the processor wrote; nothing here names it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ItemController.class)
public class GeneratedApplication {}
