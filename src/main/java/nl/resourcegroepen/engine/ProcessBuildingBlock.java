package nl.resourcegroepen.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that diagrams may reach by name, in a {@code delegateExpression} or an
 * expression. Only beans with this mark are visible to the engine's expressions: a diagram cannot
 * call any other bean of the application.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessBuildingBlock {

  /** What the building block does, for the modeller (Dutch). */
  String value();
}
