package org.meridianshop.testing;

import java.nio.file.Path;

/** The {@code server.properties} of a {@link KafkaBroker}: one node, tuned for fast tests. */
final class KafkaBrokerConfiguration {

  private KafkaBrokerConfiguration() {}

  static String singleNode(Path dataDirectory, KafkaBrokerPorts ports) {
    return """
        # KRaft combined mode: this node is the only broker and the only controller voter.
        process.roles=broker,controller
        node.id=1
        controller.quorum.voters=1@127.0.0.1:%2$d
        controller.listener.names=CONTROLLER
        listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
        advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
        listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
        inter.broker.listener.name=PLAINTEXT
        log.dirs=%3$s

        # Topics appear when first used, with several partitions so that per-key order matters.
        auto.create.topics.enable=true
        num.partitions=3
        default.replication.factor=1
        min.insync.replicas=1

        # One node cannot hold more than one replica; one partition each starts faster than 50.
        offsets.topic.replication.factor=1
        offsets.topic.num.partitions=1
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        transaction.state.log.num.partitions=1

        # Consumers join at once instead of waiting for more members.
        group.initial.rebalance.delay.ms=0

        # Small files and few threads: tests write little and share two cores.
        log.segment.bytes=1048576
        log.index.size.max.bytes=65536
        log.cleaner.dedupe.buffer.size=2097152
        num.network.threads=2
        num.io.threads=2
        num.recovery.threads.per.data.dir=1
        """
        .formatted(ports.client(), ports.controller(), dataDirectory);
  }
}
