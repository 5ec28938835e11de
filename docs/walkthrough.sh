#!/usr/bin/env bash
# The README walkthrough as one script: registers an estate, imports its layout and owner roster, staffs it, and
# hands unit e14-1-0101 over to its owner, step by step (EST-04). Needs curl and python3; the server must be running
# (mvn -pl reference-app liberty:run). Usage: docs/walkthrough.sh [base-url] [estate-code]
set -euo pipefail
API=${1:-http://localhost:9080/api}
CODE=${2:-LAKE$RANDOM}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
call() { # user method path [body]
  local user=$1 method=$2 path=$3 body=${4:-}
  curl -sS --fail-with-body -u "$user:steward" -X "$method" -H 'Content-Type: application/json' \
       ${body:+-d "$body"} "$API$path"
}

echo "== the company GM registers the estate with its fee schedule (amounts in fen)"
ESTATE=$(call gm POST /estates '{"code":"'"$CODE"'","name":"Lake Garden","zone":"Asia/Shanghai",
  "fees":[{"code":"MGMT","name":"物业管理费","basis":"PER_SQUARE_METRE_MONTH","rate":250,"unitKinds":["RESIDENCE"]},
          {"code":"WASTE","name":"垃圾清运费","basis":"PER_UNIT_MONTH","rate":3000}]}' | json '["id"]')
echo "estate $ESTATE"

echo "== EST-01: building e14 with two units, in one call"
call gm POST "/estates/$ESTATE/layout" '{"buildings":[{"code":"e14","entrances":["1"]}],
  "units":[{"building":"e14","entrance":"1","floor":1,"number":"0101","kind":"RESIDENCE","area":89.50},
           {"building":"e14","entrance":"1","floor":1,"number":"0102","kind":"RESIDENCE","area":120.00}],
  "facilities":[{"code":"PUMP-1","name":"Pump room","kind":"PLANT_ROOM","building":"e14"}]}'; echo
call gm POST "/estates/$ESTATE/roster" '{"lines":[{"unitCode":"e14-1-0101","ownerName":"张三",
  "idNumber":"110101199001011234","contractNumber":"HT-2026-0001"}]}'; echo

echo "== roles are granted per estate"
call gm POST /people/desk/roles '{"role":"FRONT_DESK","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/cashier/roles '{"role":"CASHIER","estate":"'"$ESTATE"'"}' >/dev/null

UNIT=$(call desk GET "/estates/$ESTATE/units?building=e14" | json '["items"][0]["id"]')
echo "== EST-04: the front desk opens the handover of unit $UNIT"
H=$(call desk POST "/units/$UNIT/handovers" | json '["id"]')
call desk POST "/handovers/$H/identity-check" '{"ownerName":"张三","idNumber":"110101199001011234","contractNumber":"HT-2026-0001"}' | json '["nextStage"]'
call desk POST "/handovers/$H/documents" '{"documents":["ID copy","purchase contract copy"]}' | json '["nextStage"]'
call desk POST "/handovers/$H/archive" '{"owner":{"name":"张三","mobile":"13800138000","emergencyMobile":"13900139000","idNumber":"110101199001011234"}}' | json '["nextStage"]'
call desk POST "/handovers/$H/safety-letter" '{"letterReference":"SL-0001"}' | json '["nextStage"]'
DUE=$(call desk POST "/handovers/$H/fees" '{"handoverDate":"2026-03-16"}' | json '["feesDue"]')
echo "fees due for 6 months: $DUE fen"
call cashier POST "/handovers/$H/payment" '{"amount":'"$DUE"',"receipt":"R-0001"}' | json '["nextStage"]'
call desk POST "/handovers/$H/inspection" '{"defects":[{"location":"kitchen","description":"cracked tile"}],"ownerConsentsToKeepRectificationKey":true}' | json '["nextStage"]'
call desk POST "/handovers/$H/keys" '{"keys":2,"documents":["owner handbook","renovation handbook"],"signedBy":"张三"}' | json '["stage"]'

echo "== the unit is VACANT, its fees are paid, its owner archive is masked (EST-08)"
call desk GET "/units/$UNIT" | json '["occupancy"]'
call desk GET "/units/$UNIT/fees" | json '["paid"]'
call desk GET "/units/$UNIT/archives" | json '[0]["person"]'
