package io.payerid.server.aot;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Runs only during Spring AOT processing (registered in {@code META-INF/spring/aot.factories}): writes the
 * build environment's {@link BeanSelectingProperties} into the generated resources, which the jar carries.
 */
public class BeanSelectingPropertiesRecorder implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        String content = render(BeanSelectingProperties.snapshot(beanFactory.getBean(Environment.class)));
        return (generationContext, code) -> generationContext.getGeneratedFiles()
                .addResourceFile(BeanSelectingProperties.RESOURCE, content);
    }

    static String render(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "Bean-selecting properties this build's Spring AOT code was generated with");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
