#!/usr/bin/env python3
"""Runs the seed's flows and the mixed storefront profile with Gatling against a shop on each
wiring, and prints one Markdown table per wiring next to the seed's targets.

Usage (from the repository root, after `mvn package`; never package with -Pbenchmark, whose Netty
4.2 is for Gatling, not for the WAR):
    python3 src/test/load/benchmarks.py [production] [embedded]

Each wiring's shop is the packaged WAR in Liberty, started by the tests' harness
(StandingShopBenchmark: the production wiring's PostgreSQL, Kafka, Redis and emulated Stripe, or the
embedded H2 and messaging engine), warmed up, loaded flow by flow, then stopped. Settings by
environment: RUN_SECONDS (40) per run, USERS (16) for browse and search, CUSTOMERS (8) for accounts,
cart and checkout, MIX_USERS ("8 16 32 64") for the mixed profile's saturation runs, PARTS
("flows mix") to run only the seed's flows or only the mixed profile.
Gatling's reports stay under target/gatling/.
"""

import glob
import os
import re
import subprocess
import sys
import time

SECONDS = int(os.environ.get("RUN_SECONDS", "40"))
USERS = int(os.environ.get("USERS", "16"))
CUSTOMERS = int(os.environ.get("CUSTOMERS", "8"))
MIX_USERS = [int(n) for n in os.environ.get("MIX_USERS", "8 16 32 64").split()]
PARTS = os.environ.get("PARTS", "flows mix").split()
PACKAGE = "org.meridianshop.load."

# flow, simulation, its settings, the request (or group) the row reports, the seed's target in ms
FLOWS = [
    ("registration", "AccountsSimulation", {"users": CUSTOMERS}, "register", 500),
    ("login", "AccountsSimulation", None, "login", 200),
    ("browse", "BrowseSimulation", {"users": USERS}, "All Requests", 100),
    ("search (query cache)", "SearchSimulation", {"users": USERS}, "All Requests", 200),
    ("search (no cache)", "SearchSimulation", {"users": USERS, "cache": "miss"}, "All Requests", 200),
    ("add to cart", "CartSimulation", {"users": CUSTOMERS}, "add to cart", 150),
    ("checkout", "CheckoutSimulation", {"users": CUSTOMERS}, "checkout", 2000),
    ("order confirmation", "CheckoutSimulation", None, "order to confirmed", 5000),
]


def main(wirings):
    # the simulations are test sources of the benchmark profile only
    subprocess.run(["mvn", "-B", "-q", "-Pbenchmark", "test-compile"], check=True)
    for wiring in wirings or ["production", "embedded"]:
        base_url, shop = start_shop(wiring)
        try:
            flows = run_flows(base_url) if "flows" in PARTS else []
            mix = run_mix(base_url) if "mix" in PARTS else []
        finally:
            stop_shop(shop)
        print_tables(wiring, flows, mix)


def start_shop(wiring):
    execution = "production-wiring" if wiring == "production" else "embedded-default"
    url_file = os.path.abspath(f"target/benchmark-{wiring}.url")
    if os.path.exists(url_file):
        os.remove(url_file)
    shop = subprocess.Popen(
        ["mvn", "-B", "-q", f"liberty:create@prepare-server-for-tests",
         "liberty:deploy@prepare-server-for-tests", f"failsafe:integration-test@{execution}",
         "-Dit.test=StandingShopBenchmark", "-Dbenchmark.minutes=120",
         # one Lucene server indexes its own changes, as in production (the tests' outbox-polling
         # is there to test it)
         "-Dshop.searchCoordination=none",
         f"-Dbenchmark.urlFile={url_file}", "-Dbenchmark.stopFile=target/benchmark.stop"],
        stdout=open(f"target/benchmark-{wiring}.log", "w"), stderr=subprocess.STDOUT)
    while not os.path.exists(url_file):
        if shop.poll() is not None:
            sys.exit(f"The {wiring} shop did not start: see target/benchmark-{wiring}.log")
        time.sleep(2)
    time.sleep(1)
    with open(url_file) as f:
        return f.read().strip(), shop


def stop_shop(shop):
    open("target/benchmark.stop", "w").close()
    shop.wait()


def run_flows(base_url):
    gatling(base_url, "BrowseSimulation", {"users": USERS, "seconds": 20})  # warm-up
    rows, report = [], None
    for flow, simulation, settings, request, target in FLOWS:
        if settings is not None:
            report = gatling(base_url, simulation, settings)
        rows.append((flow, request, target, report_row(report, request)))
    return rows


MIX_REQUESTS = ["category page", "product page", "search page", "add to cart", "view cart",
                "checkout", "add before checkout", "order status"]
MIX_COLUMNS = ["category page", "product page", "search page", "add to cart", "view cart",
               "checkout", "order to confirmed"]


def run_mix(base_url):
    """Per level of shoppers: the mix's requests per second (sign-up excluded) and p95s."""
    gatling(base_url, "StorefrontMixSimulation", {"users": 8, "seconds": 20})  # warm-up
    rows = []
    for users in MIX_USERS:
        report = gatling(base_url, "StorefrontMixSimulation", {"users": users})
        counts = [report_row(report, request) for request in MIX_REQUESTS]
        done = sum(int(row[0]) for row in counts if row[0] != "-")
        failed = sum(int(row[1]) for row in counts if row[1] != "-")
        p95s = [report_row(report, request)[4] for request in MIX_COLUMNS]
        rows.append([str(users), f"{done / SECONDS:.0f}", str(failed), *p95s])
    return rows


def gatling(base_url, simulation, settings):
    settings = {"seconds": SECONDS, **settings}
    arguments = [f"-Dbenchmark.{key}={value}" for key, value in settings.items()]
    subprocess.run(
        ["mvn", "-B", "-q", "-Pbenchmark", "gatling:test", f"-Dbenchmark.baseUrl={base_url}",
         f"-Dbenchmark.simulation={PACKAGE}{simulation}", *arguments],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return max(glob.glob(f"target/gatling/{simulation.lower()}-*/"), key=os.path.getmtime)


def report_row(report, request):
    """Count, failures, requests/s, p50, p95 and p99 of one line of Gatling's HTML report."""
    html = open(os.path.join(report, "index.html")).read()
    for match in re.finditer(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', html, re.S):
        if match.group(1) == request:
            cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', match.group(2)))
            return [cells[column] for column in ("2", "4", "6", "8", "10", "11")]
    return ["-"] * 6


def print_tables(wiring, flows, mix):
    load = open("/proc/loadavg").read().split()[:3]
    print(f"\n{wiring} wiring, {os.cpu_count()} cores, load average at the end {' '.join(load)}")
    print("| flow | measured | target p95 | count | failed | per s | p50 | p95 | p99 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for flow, request, target, cells in flows:
        print(f"| {flow} | {request} | < {target:,} ms | " + " | ".join(cells) + " |")
    print("\nmixed profile, p95 in ms")
    print("| shoppers | requests/s | failed | " + " | ".join(MIX_COLUMNS) + " |")
    print("|---" * (3 + len(MIX_COLUMNS)) + "|")
    for cells in mix:
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
