package nl.resourcegroepen.deployment.change;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.resourcegroepen.support.ServiceTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service like {@link ServiceTest}, but on a temporary copy of the model folders, because these
 * tests change and deploy models. They run in their own JVM (surefire execution {@code model-change}), so
 * the new versions they deploy never meet the other service tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@ContextConfiguration(initializers = TemporaryModelFolders.class)
public @interface ModelChangeTest {
}
