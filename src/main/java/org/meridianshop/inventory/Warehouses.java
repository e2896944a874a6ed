package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/** The shop's warehouses: looked up by id or code, created and edited by operators. */
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

  /** A new warehouse; 400 naming each bad field, including a code another warehouse has. */
  @Transactional
  public Warehouse create(WarehouseDetails details) {
    var valid = checked(details, null);
    var warehouse = new Warehouse(valid);
    em.persist(warehouse);
    return warehouse;
  }

  @Transactional
  public Warehouse edit(long id, WarehouseDetails details) {
    var warehouse = withId(id);
    warehouse.edit(checked(details, id));
    return warehouse;
  }

  private WarehouseDetails checked(WarehouseDetails details, Long id) {
    if (details == null) {
      throw new InvalidInputException("body", "is required");
    }
    var valid = details.validated();
    var holder = byCode().get(valid.code());
    if (holder != null && !holder.id().equals(id)) {
      throw new InvalidInputException("code", "Warehouse " + holder.name() + " has this code.");
    }
    return valid;
  }
}
