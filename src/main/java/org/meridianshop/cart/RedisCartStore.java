package org.meridianshop.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.meridianshop.platform.money.Money;
import org.meridianshop.platform.redis.ShopValueCodec;
import org.redisson.api.BatchOptions;
import org.redisson.api.RMap;
import org.redisson.api.RScript.Mode;
import org.redisson.api.RScript.ReturnType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Carts in Redis, as the seed lays them out: a sorted set {@code cart:{owner}:items} of item ids by
 * the time they were added, a hash {@code cart:{owner}:details} of the items themselves and a hash
 * {@code cart:{owner}:totals} of the item count and the subtotal per currency. All three expire a
 * week after the last change. Changes to one cart take its lock, so two servers changing the same
 * cart at once lose nothing, and write the three keys in one Redis transaction.
 *
 * <p>Each change writes the totals afresh with a new stamp and the count; a subtotal is added the
 * first time a currency is asked for, and only if the stamp is still the one read before the cart
 * was loaded (a Lua compare-and-set). A change in between therefore wins over the stale subtotal.
 */
public class RedisCartStore implements CartStore {

  private static final String STAMP = "stamp";
  private static final String COUNT = "count";
  private static final String SET_IF_STAMP_UNCHANGED =
      "if redis.call('hget', KEYS[1], 'stamp') == ARGV[1] then"
          + " redis.call('hset', KEYS[1], ARGV[2], ARGV[3]) return 1 end return 0";

  private final RedissonClient redis;
  private final ShopValueCodec codec = new ShopValueCodec(RedisCartStore.class.getClassLoader());

  public RedisCartStore(RedissonClient redis) {
    this.redis = redis;
  }

  @Override
  public Cart load(String owner) {
    var order = redis.<String>getScoredSortedSet(itemsKey(owner), StringCodec.INSTANCE);
    var details = redis.<String, CartItem>getMap(detailsKey(owner), codec).readAllMap();
    var items = order.readAll().stream().map(details::get).filter(Objects::nonNull).toList();
    return new Cart(owner, items);
  }

  @Override
  public Cart update(String owner, UnaryOperator<Cart> change) {
    var lock = redis.getLock("cart:" + owner + ":lock");
    // no fixed lease: Redisson's watchdog renews the lock while this server lives, so a change that
    // waits on the database (up to its socket timeout) keeps it; a fixed 10 s lease ran out under a
    // frozen database, and unlock() then failed with a 500 where the outage deserved a 503
    lock.lock();
    try {
      var changed = change.apply(load(owner));
      write(changed);
      return changed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void delete(String owner) {
    redis.getKeys().delete(itemsKey(owner), detailsKey(owner), totalsKey(owner));
  }

  @Override
  public CartTotals totals(String owner, Currency currency, Function<Cart, CartTotals> compute) {
    var field = "subtotal:" + currency.getCurrencyCode();
    var cached = totalsOf(owner).getAll(Set.of(STAMP, COUNT, field));
    if (cached.containsKey(field) && cached.containsKey(COUNT)) {
      return new CartTotals(
          Integer.parseInt(cached.get(COUNT)),
          new Money(new BigDecimal(cached.get(field)), currency));
    }
    var computed = compute.apply(load(owner));
    if (cached.containsKey(STAMP)) {
      redis
          .getScript(StringCodec.INSTANCE)
          .eval(
              Mode.READ_WRITE,
              SET_IF_STAMP_UNCHANGED,
              ReturnType.INTEGER,
              List.<Object>of(totalsKey(owner)),
              cached.get(STAMP),
              field,
              computed.subtotal().amountText());
    }
    return computed;
  }

  private void write(Cart cart) {
    var batch =
        redis.createBatch(
            BatchOptions.defaults().executionMode(BatchOptions.ExecutionMode.IN_MEMORY_ATOMIC));
    var order = batch.<String>getScoredSortedSet(itemsKey(cart.owner()), StringCodec.INSTANCE);
    var details = batch.<String, CartItem>getMap(detailsKey(cart.owner()), codec);
    var totals = batch.<String, String>getMap(totalsKey(cart.owner()), StringCodec.INSTANCE);
    order.deleteAsync();
    details.deleteAsync();
    totals.deleteAsync();
    cart.items().stream()
        .sorted(Comparator.comparing(CartItem::addedAt))
        .forEach(
            item -> {
              order.addAsync(score(item.addedAt()), item.itemId());
              details.fastPutAsync(item.itemId(), item);
            });
    totals.putAllAsync(
        Map.of(STAMP, UUID.randomUUID().toString(), COUNT, Integer.toString(cart.itemCount())));
    order.expireAsync(IDLE_LIMIT);
    details.expireAsync(IDLE_LIMIT);
    totals.expireAsync(IDLE_LIMIT);
    batch.execute();
  }

  private RMap<String, String> totalsOf(String owner) {
    return redis.getMap(totalsKey(owner), StringCodec.INSTANCE);
  }

  private static double score(Instant addedAt) {
    return addedAt.toEpochMilli();
  }

  private static String itemsKey(String owner) {
    return "cart:" + owner + ":items";
  }

  private static String detailsKey(String owner) {
    return "cart:" + owner + ":details";
  }

  private static String totalsKey(String owner) {
    return "cart:" + owner + ":totals";
  }
}
