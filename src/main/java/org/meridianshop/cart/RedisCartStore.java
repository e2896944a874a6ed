package org.meridianshop.cart;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.meridianshop.platform.redis.ShopValueCodec;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Carts in Redis, as the seed lays them out: a sorted set {@code cart:{owner}:items} of item ids by
 * the time they were added, and a hash {@code cart:{owner}:details} of the items themselves. Both
 * expire a week after the last change. Changes to one cart take its lock, so two servers changing
 * the same cart at once lose nothing.
 */
public class RedisCartStore implements CartStore {

  private static final long LOCK_LEASE_SECONDS = 10;

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
    lock.lock(LOCK_LEASE_SECONDS, TimeUnit.SECONDS);
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
    redis.getKeys().delete(itemsKey(owner), detailsKey(owner));
  }

  private void write(Cart cart) {
    var batch = redis.createBatch();
    var order = batch.<String>getScoredSortedSet(itemsKey(cart.owner()), StringCodec.INSTANCE);
    var details = batch.<String, CartItem>getMap(detailsKey(cart.owner()), codec);
    order.deleteAsync();
    details.deleteAsync();
    cart.items().stream()
        .sorted(Comparator.comparing(CartItem::addedAt))
        .forEach(
            item -> {
              order.addAsync(score(item.addedAt()), item.itemId());
              details.fastPutAsync(item.itemId(), item);
            });
    order.expireAsync(IDLE_LIMIT);
    details.expireAsync(IDLE_LIMIT);
    batch.execute();
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
}
