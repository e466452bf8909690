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
 *
 * <p>This annotation is the one home of a building block's documentation for the modeller (Dutch):
 * what it does, what it reads and what it leaves behind. The element templates in
 * {@code element-templates/} repeat it in their description, and a test holds them to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessBuildingBlock {

  /** What the building block does (Dutch, one sentence without a full stop). */
  String value();

  /** What it reads: process variables, element properties or local input variables (Dutch). */
  String[] inputs() default {};

  /** What it leaves behind: process variables it sets and records it writes (Dutch). */
  String[] outputs() default {};
}
