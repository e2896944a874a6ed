package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridianshop.platform.errors.NotFoundException;

/** The shop's warehouses. */
@ApplicationScoped
public class Warehouses {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public List<Warehouse> all() {
    return em.createQuery("select w from Warehouse w order by w.id", Warehouse.class)
        .getResultList();
  }

  /** The warehouse, or a 404 refusal. */
  public Warehouse withId(long id) {
    var warehouse = em.find(Warehouse.class, id);
    if (warehouse == null) {
      throw new NotFoundException("There is no warehouse " + id + ".");
    }
    return warehouse;
  }

  public Map<String, Warehouse> byCode() {
    return all().stream().collect(Collectors.toMap(Warehouse::code, Function.identity()));
  }
}
