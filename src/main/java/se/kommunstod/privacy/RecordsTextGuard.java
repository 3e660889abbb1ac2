package se.kommunstod.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The records' side of the guard: every text of every record row (and of its element collections)
 * passes {@link TextChecks} when Hibernate is about to insert or update it, whichever /api field,
 * delegate or copy from the engine (a business key, a form value) brought it. The input records'
 * {@code @NoPersonalIdentityNumber} gives a field-by-field answer earlier; this is the point
 * nothing passes around.
 */
@Component
class RecordsTextGuard implements Interceptor, HibernatePropertiesCustomizer {

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put("hibernate.session_factory.interceptor", this);
  }

  @Override
  public boolean onPersist(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    check(entity, state, propertyNames);
    return false;
  }

  @Override
  public boolean onFlushDirty(
      Object entity,
      Object id,
      Object[] currentState,
      Object[] previousState,
      String[] propertyNames,
      Type[] types) {
    check(entity, currentState, propertyNames);
    return false;
  }

  @Override
  public void onCollectionRecreate(Object collection, Object key) {
    checkValue("collection", collection);
  }

  @Override
  public void onCollectionUpdate(Object collection, Object key) {
    checkValue("collection", collection);
  }

  private static void check(Object entity, Object[] state, String[] names) {
    for (int i = 0; i < state.length; i++) {
      checkValue(names[i], state[i]);
    }
  }

  private static void checkValue(String name, Object value) {
    if (value instanceof CharSequence text) {
      TextChecks.check("Fältet/field '" + name + "'", text);
    } else if (value instanceof Collection<?> values) {
      for (Object element : values) {
        checkValue(name, element);
      }
    } else if (value != null
        && value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
      for (Field field : value.getClass().getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          field.setAccessible(true);
          try {
            checkValue(name + "." + field.getName(), field.get(value));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
  }
}
