/**
 * Redis, the shared memory of a shop that runs on several servers: one client for the whole
 * application, made only when {@code REDIS_URL} is set. The cache store and the rate limiter have
 * Redis adapters; web sessions reach Redis through Liberty's session cache, not through this
 * client.
 */
package org.meridianshop.platform.redis;
