package se.kommunstod.lifecycle;

import java.beans.FeatureDescriptor;
import java.beans.Introspector;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import se.kommunstod.evaluation.ParticipantSurveyTasks;
import se.kommunstod.security.Role;

/**
 * The expression manager of the process tests' plain in-memory engine (camunda.cfg.xml). That
 * engine has no Spring context and no records, so every application bean a model calls other than
 * the lifecycle beans given to it (the {@code beans} map) is out of scope: the call is only noted
 * in {@link #CALLS}, as {@code bean.method(taskDefinitionKey)} ({@code bean.method:arg(…)} when it
 * passes a text argument), so a test sees that a task's completion reaches the records. The bean
 * must still exist with that method (found by scanning the application's components), so a model
 * calling a missing method fails here too. The records themselves are tested on PostgreSQL, through
 * the real beans.
 *
 * <p>Where the models need something back from a bean, {@link #ANSWERS} gives what the real bean
 * would give for a case with no records yet, from the bean's own pure function. What the real beans
 * leave in the process (e.g. {@code municipalityName}) a test gives as start variables.
 */
public class RecordsOutOfScope extends JuelExpressionManager {

  public static final List<String> CALLS = new CopyOnWriteArrayList<>();

  /** "bean.method" → its answer, from the call's arguments. */
  static final Map<String, Function<Object[], Object>> ANSWERS =
      Map.of(
          // the organisations the model always asks (without records, no others take part)
          "participantSurveyTasks.organisations",
          params ->
              ParticipantSurveyTasks.alwaysAsked(
                      ((DelegateExecution) params[0]).getBpmnModelInstance())
                  .stream()
                  .map(Role::groupId)
                  .toList());

  /** Every application component by bean name. */
  private static final Map<String, Class<?>> COMPONENTS = scan();

  public RecordsOutOfScope(Map<Object, Object> beans) {
    super(beans);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(
        new OutOfScopeResolver(
            beans.keySet().stream().map(String::valueOf).collect(Collectors.toSet())));
    resolver.add(super.createElResolver());
    return resolver;
  }

  /**
   * Resolves the name of an application bean not given to the engine to a {@link Noted} stand-in.
   */
  private static final class OutOfScopeResolver extends ELResolver {

    private final Set<String> inScope;

    OutOfScopeResolver(Set<String> inScope) {
      this.inScope = inScope;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null
          && property instanceof String name
          && !inScope.contains(name)
          && COMPONENTS.containsKey(name)) {
        context.setPropertyResolved(true);
        return new Noted(name, COMPONENTS.get(name));
      }
      return null;
    }

    @Override
    public Object invoke(
        ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      if (!(base instanceof Noted noted)) {
        return null;
      }
      int arguments = params == null ? 0 : params.length;
      boolean exists =
          Arrays.stream(noted.type.getMethods())
              .anyMatch(
                  m ->
                      m.getName().equals(method)
                          && m.getParameterCount() == arguments
                          && !Modifier.isStatic(m.getModifiers()));
      if (!exists) {
        throw new IllegalStateException(
            noted.type.getSimpleName()
                + " has no public method "
                + method
                + " with "
                + arguments
                + " argument(s), which a model calls as ${"
                + noted.bean
                + "."
                + method
                + "(…)}");
      }
      String key = null;
      List<String> texts = new ArrayList<>();
      for (Object param : params == null ? new Object[0] : params) {
        if (param instanceof DelegateTask task) {
          key = task.getTaskDefinitionKey();
        } else if (param instanceof DelegateExecution execution) {
          key = execution.getCurrentActivityId();
        } else if (param instanceof String text) {
          texts.add(text);
        }
      }
      CALLS.add(
          noted.bean
              + "."
              + method
              + (texts.isEmpty() ? "" : ":" + String.join(":", texts))
              + "("
              + key
              + ")");
      context.setPropertyResolved(true);
      Function<Object[], Object> answer = ANSWERS.get(noted.bean + "." + method);
      return answer == null ? null : answer.apply(params);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {}

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }

  /** An out-of-scope bean; as a delegate expression it notes its event. */
  private record Noted(String bean, Class<?> type)
      implements ExecutionListener, TaskListener, JavaDelegate {

    @Override
    public void notify(DelegateExecution execution) {
      CALLS.add(
          bean + "." + execution.getEventName() + "(" + execution.getProcessBusinessKey() + ")");
    }

    @Override
    public void notify(DelegateTask task) {
      CALLS.add(bean + "." + task.getEventName() + "(" + task.getTaskDefinitionKey() + ")");
    }

    @Override
    public void execute(DelegateExecution execution) {
      CALLS.add(bean + ".execute(" + execution.getCurrentActivityId() + ")");
    }
  }

  private static Map<String, Class<?>> scan() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, Class<?>> components = new TreeMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("se.kommunstod")) {
      try {
        Class<?> type = Class.forName(definition.getBeanClassName());
        Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
        components.put(
            component == null || component.value().isEmpty()
                ? Introspector.decapitalize(type.getSimpleName())
                : component.value(),
            type);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return components;
  }
}
