#!/usr/bin/env bash
# Attacks a running shop with sqlmap and wapiti (Debian's packages) and fails when either finds
# something. Usage: src/test/security/scan.sh [BASE_URL]   (default http://localhost:9080)
# Start the shop first, e.g. `mvn package liberty:run`. Reports go to target/security-scan/.
set -euo pipefail

base=${1:-http://localhost:9080}
out=target/security-scan
mkdir -p "$out"
for tool in sqlmap wapiti; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y sqlmap wapiti" >&2; exit 2; }
done

# sqlmap: every parameter of the public reads and the sign-in, where an injection would hurt most.
# --level 2 adds cookie tests; --risk 1 keeps to queries that change no data.
targets=(
  "$base/api/products?category=audio&brand=northwind&minPrice=1&maxPrice=900&sort=price_asc&page=1"
  "$base/api/search?q=laptop&brand=northwind&sort=rating"
  "$base/api/search/suggest?q=lap"
  "$base/search.xhtml?q=lamp&category=audio&sort=price_asc"
  "$base/category.xhtml?slug=audio&brand=northwind"
)
found=0
for url in "${targets[@]}"; do
  echo "sqlmap: $url"
  sqlmap --batch --level 2 --risk 1 --smart --disable-coloring --output-dir "$out/sqlmap" \
    -u "$url" >"$out/sqlmap-last.log" 2>&1 || true
  if grep -q "is vulnerable\|injectable" "$out/sqlmap-last.log" && ! grep -q "not injectable\|does not seem to be injectable" "$out/sqlmap-last.log"; then
    echo "  INJECTABLE"; cp "$out/sqlmap-last.log" "$out/sqlmap-finding-$found.log"; found=$((found + 1))
  fi
done
echo "sqlmap: the sign-in (JSON body)"
sqlmap --batch --level 2 --risk 1 --disable-coloring --output-dir "$out/sqlmap" \
  -u "$base/api/users/login" --method POST --headers "Content-Type: application/json" \
  --data '{"email":"someone@example.com*","password":"secret*"}' >"$out/sqlmap-login.log" 2>&1 || true
if grep -q "is vulnerable" "$out/sqlmap-login.log"; then echo "  INJECTABLE"; found=$((found + 1)); fi

# wapiti: crawls the storefront and tries injections, XSS, command execution, file disclosure
# and CRLF on every link and form it finds.
echo "wapiti: $base/"
wapiti -u "$base/" --scope folder -m sql,blindsql,xss,permanentxss,exec,file,crlf,redirect \
  --max-links-per-page 30 --max-files-per-dir 40 --max-scan-time 600 --flush-session \
  -f json -o "$out/wapiti.json" >"$out/wapiti.log" 2>&1 || true
vulns=$(python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
print(sum(len(v) for v in report.get("vulnerabilities", {}).values()))
' "$out/wapiti.json")
echo "  wapiti found $vulns vulnerabilities (details in $out/wapiti.json)"

if [ "$found" -gt 0 ] || [ "$vulns" -gt 0 ]; then
  echo "FINDINGS: sqlmap $found, wapiti $vulns"
  exit 1
fi
echo "No findings."
