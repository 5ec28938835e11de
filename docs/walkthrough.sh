#!/usr/bin/env bash
# The README walkthroughs as one script: registers an estate, imports its layout and owner roster, staffs it,
# registers the developer's keys (KEY-01/02), hands unit e14-1-0101 over to its owner step by step (EST-04) — the key
# manager hands the unit's keys for it and the register follows (KEY-03) — lends a key for a viewing (KEY-06), checks
# one out and takes it back (KEY-07/12), and records an incident and a forced entry on the project GM's approval
# (KEY-11); then the unit changes hands (EST-07): the water meter is read, the front desk records the transfer with the
# old owner's later days credited back, the cashier records the new owner's prepayment and pays the refund out
# (DEP-06); the new owner rents a parking space by the month and takes its IC card against a CNY 50 deposit
# (PRK-01, DEP-05); the new owner renovates (REN-01 … REN-10): application, two signatures, agreement, fees with the
# renovation deposit, permit, entry (the unit RENOVATING), rounds, a violation notice, acceptance (the unit back), the
# refund refused before it is due (DEP-04). Needs curl and python3; the server must be running
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
  "fees":[{"code":"MGMT","name":"物业管理费","basis":"PER_SQUARE_METRE_MONTH","rate":250,"unitKinds":["RESIDENCE"],
           "category":"MANAGEMENT"},
          {"code":"WASTE","name":"垃圾清运费","basis":"PER_UNIT_MONTH","rate":3000},
          {"code":"WATER","name":"水费","basis":"METERED","rate":350,"meterUnit":"m³"}],
  "policy":{"prepaidMonths":6,"archiveAccessHours":24,"frequentRemovalWindowDays":30,"frequentRemovalThreshold":3,
    "deposits":{"collected":true,"penalties":true,"renovationDeposit":300000,"parkingCardDeposit":5000},
    "renovation":{"debrisPerSquareMetre":1500,"passFee":1000,"servicePhone":"0755-8888 6666",
      "workingHours":"08:00–12:00, 14:00–18:00","movingHours":"08:00–20:00"}}}' | json '["id"]')
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
call gm POST /people/pm/roles '{"role":"PROJECT_MANAGER","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/keys/roles '{"role":"KEY_MANAGER","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/engineer/roles '{"role":"ENGINEER","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/guard/roles '{"role":"SECURITY","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/gm/roles '{"role":"PROJECT_GM","estate":"'"$ESTATE"'"}' >/dev/null
call gm POST /people/cshead/roles '{"role":"FRONT_DESK","estate":"'"$ESTATE"'"}' >/dev/null

echo "== KEY-02: the project manager designates the key manager; the developer's keys enter the register, numbered"
call pm PUT "/key-registers/$ESTATE" '{"keyManager":"keys"}' | json '["keyManager"]'
UNIT=$(call desk GET "/estates/$ESTATE/units?building=e14" | json '["items"][0]["id"]')
UNIT2=$(call desk GET "/estates/$ESTATE/units?building=e14" | json '["items"][1]["id"]')
K1=$(call keys POST "/key-registers/$ESTATE/keys" '{"unit":"'"$UNIT"'","copies":3,"reason":"NOT_TAKEN_OVER"}' | json '["id"]')
K2=$(call keys POST "/key-registers/$ESTATE/keys" '{"unit":"'"$UNIT2"'","copies":2,"reason":"NOT_TAKEN_OVER"}' | json '["id"]')
call keys POST "/key-registers/$ESTATE/keys" '{"commonArea":"e14 pump room","copies":1,"reason":"DEVELOPER_HANDOVER"}' | json '["number"]'
echo "== KEY-03: not issued before the handover is complete"
curl -sS -u keys:steward -H 'Content-Type: application/json' "$API/keys/$K1/issue" \
     -d '{"owner":"张三","identityDocument":"110101199001011234","signature":"张三"}' | json '["ruleId"]'

echo "== EST-04: the front desk opens the handover of unit $UNIT"
H=$(call desk POST "/units/$UNIT/handovers" | json '["id"]')
call desk POST "/handovers/$H/identity-check" '{"ownerName":"张三","idNumber":"110101199001011234","contractNumber":"HT-2026-0001"}' | json '["nextStage"]'
call desk POST "/handovers/$H/documents" '{"documents":["ID copy","purchase contract copy"]}' | json '["nextStage"]'
call desk POST "/handovers/$H/archive" '{"owner":{"name":"张三","mobile":"13800138000","emergencyMobile":"13900139000","idNumber":"110101199001011234","birthday":"1990-01-01"}}' | json '["nextStage"]'
call desk POST "/handovers/$H/safety-letter" '{"letterReference":"SL-0001"}' | json '["nextStage"]'
DUE=$(call desk POST "/handovers/$H/fees" '{}' | json '["feesDue"]')
echo "fees due for 6 months: $DUE fen"
call cashier POST "/handovers/$H/payment" '{"amount":'"$DUE"',"receipt":"R-0001"}' | json '["nextStage"]'
call desk POST "/handovers/$H/inspection" '{"defects":[{"location":"kitchen","description":"cracked tile"}],"ownerConsentsToKeepRectificationKey":true,
  "meters":[{"meter":"WATER","reading":0}]}' | json '["nextStage"]'
DUE=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(hours=2)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
echo "== KEY-02: the key manager hands the unit's keys to the desk for the handover; one stays for rectification"
call keys POST "/keys/handover?unit=$UNIT" '{"staff":"desk","due":"'"$DUE"'"}' | python3 -c "import json,sys; [print('#%d' % k['number'], k['status'], k['holder'], k['copies'], 'key(s)') for k in json.load(sys.stdin)]"
call desk POST "/handovers/$H/keys" '{"keys":2,"ownerHandbook":true,"renovationHandbook":true,"signedBy":"张三"}' | json '["stage"]'

echo "== the unit is VACANT, its fees are paid, its owner archive is masked (EST-08)"
call desk GET "/units/$UNIT" | json '["occupancy"]'
call desk GET "/units/$UNIT/fees" | json '["paid"]'
call desk GET "/units/$UNIT/archives" | json '[0]["person"]'

echo "== KEY-03: completing the handover issued the keys the desk handed to the owner, in the same transaction;"
echo "   EST-04: one of the three came off the set and stays in the cabinet for rectification, as the owner agreed;"
echo "   EST-08: the owner's name is masked in the register"
call keys GET "/keys/$K1" | json '["status"]'
call keys GET "/keys/$K1/movements" | json '[-1]["signatures"]'
call keys GET "/keys?unit=$UNIT" | python3 -c "import json,sys; [print('#%d' % k['number'], k['reason'], k['status'], k['copies'], 'key(s)') for k in json.load(sys.stdin)]"
echo "== KEY-06: a viewing of e14-1-0102; the key manager gives the key to the front desk, who opens the door"
call keys POST "/keys/$K2/viewing" '{"staff":"desk","visitor":"prospective tenant 王先生","due":"'"$DUE"'"}' | json '["holder"]'
call keys POST "/keys/$K2/return" '{"returnedBy":"desk"}' | json '["status"]'
echo "== KEY-07: the engineer checks the key out with the key manager's consent, due back in two hours"
call keys POST "/keys/$K2/check-out" '{"staff":"engineer","purpose":"water meter reading","reference":"WO-17",
  "due":"'"$DUE"'","staffSignature":"engineer"}' | json '["holder"]'
echo "== KEY-07: the overdue alert a scheduler runs: nobody to remind yet, the key is due in two hours"
call keys POST "/key-registers/$ESTATE/overdue-reminders" | json ''
echo "== KEY-12: one holder at a time: a second check-out is a 409"
curl -sS -o /dev/null -w '%{http_code}\n' -u keys:steward -H 'Content-Type: application/json' "$API/keys/$K2/check-out" \
     -d '{"staff":"desk","purpose":"viewing","due":"'"$DUE"'","staffSignature":"desk"}'
call keys POST "/keys/$K2/return" '{"returnedBy":"engineer"}' | json '["status"]'
echo "== the key's history, append-only"
call keys GET "/keys/$K2/movements" | python3 -c "import json,sys; [print(m['seq'], m['kind'], m.get('from'), '->', m.get('to')) for m in json.load(sys.stdin)]"
call keys GET "/keys?unit=$UNIT" | json '[0]["status"]'

echo "== EMG-03: the guard reports a fire in e14-1-0101; KEY-11: the project GM approves a forced entry (an approval act)"
NOW=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc)-datetime.timedelta(minutes=5)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
INC=$(call guard POST /incidents '{"estate":"'"$ESTATE"'","kind":"FIRE","unit":"'"$UNIT"'","location":"e14-1-0101 kitchen",
  "description":"smoke under the door, nobody answers","occurredAt":"'"$NOW"'"}' | json '["id"]')
A=$(call guard POST /approvals '{"estate":"'"$ESTATE"'","purpose":"keys.forced-entry","subject":"'"$UNIT"'",
  "reason":"smoke under the door, occupant unreachable"}' | json '["id"]')
call gm POST "/approvals/$A/approval" '{"note":"enter"}' | json '["status"]'
echo "== KEY-11: refused with one member of staff; recorded with two"
ENTRY='{"unit":"'"$UNIT"'","incident":"'"$INC"'","occupantUnreachable":true,"extremelyUrgent":true,"greaterLoss":true,
  "approval":"'"$A"'","staff":[%s],"enteredAt":"'"$NOW"'"}'
curl -sS -u guard:steward -H 'Content-Type: application/json' "$API/forced-entries" -d "$(printf "$ENTRY" '"guard"')" | json '["code"]'
F=$(call guard POST /forced-entries "$(printf "$ENTRY" '"guard","engineer"')" | json '["id"]')
call guard POST "/forced-entries/$F/scene" '{"sceneProtected":true,"photos":["att://fire-0007/1.jpg"],"notes":"door forced, water shut off"}' | json '["stage"]'
call desk POST "/forced-entries/$F/occupant-contact" '{"occupant":"张三","means":"phone"}' | json '["stage"]'
call desk POST "/forced-entries/$F/occupant-confirmation" '{"signature":"张三"}' | json '["stage"]'

echo "== DEP-02: the water meter is read (12.5 m³ at CNY 3.50 = 4 375 fen, billed from the inspection's reading)"
call cashier POST "/units/$UNIT/meter-readings" '{"readings":[{"meter":"WATER","reading":12.5}],"reference":"transfer"}' \
  | python3 -c "import json,sys; a=json.load(sys.stdin); print('arrears', a['arrears'], 'fen')"
echo "== EST-07: the front desk records the transfer to 王五 today; the old owner's later days are credited back"
TODAY=$(python3 -c "import datetime, zoneinfo; print(datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Shanghai')).date())")
T=$(call desk POST "/units/$UNIT/transfer" '{"titleCertificate":"粤房 2026-000123","transferDate":"'"$TODAY"'",
  "newOwner":{"name":"王五","mobile":"13500135000","emergencyMobile":"13400134000","idNumber":"440101198505051234","birthday":"1985-05-05"},
  "safetyLetter":"SL-0002","dispositions":{"FEE_CREDIT":"SETTLED","OPEN_HANDOVER_DEFECTS":"MOVED_TO_NEW_OWNER"}}')
echo "$T" | python3 -c "import json,sys; t=json.load(sys.stdin); print(t['stage'], 'credited back', [(c['item'], c['amount']) for c in t['credits']], 'refund due', t['refundDue'], 'new owner prepays at least', t['prepaymentRequired'])"
TID=$(echo "$T" | json '["id"]'); REQUIRED=$(echo "$T" | json '["prepaymentRequired"]')
echo "== EST-07: the cashier records the new owner's half year of management fee; the archives switch"
call cashier POST "/transfers/$TID/prepayment" '{"amount":'"$REQUIRED"',"receipt":"R-0002"}' | json '["stage"]'
call desk GET "/units/$UNIT/archives" | python3 -c "import json,sys; [print(a['party'], a['status'], a['person']['name']) for a in json.load(sys.stdin)]"
echo "== DEP-06: the refund owed to the old owner is paid out against a receipt"
LINE=$(call cashier GET "/units/$UNIT/fees" | python3 -c "import json,sys; print([l['id'] for l in json.load(sys.stdin)['lines'] if l['kind']=='REFUND_DUE'][0])")
call cashier POST "/units/$UNIT/fees/refunds/$LINE/payout" '{"receipt":"RF-0001"}' | json '["refundsDue"]'

echo "== PRK-01: the new owner rents a parking space by the month: named by their archive, the vehicle licence checked"
OWNER=$(call desk GET "/units/$UNIT/archives" | python3 -c "import json,sys; print([a['id'] for a in json.load(sys.stdin) if a['status']=='ACTIVE' and a['party']=='OWNER'][0])")
END=$(python3 -c "import datetime, zoneinfo; d=datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Shanghai')).date(); print(d+datetime.timedelta(days=30))")
R=$(call desk POST /parking/rentals '{"estate":"'"$ESTATE"'","renter":"'"$OWNER"'","vehicleModel":"比亚迪 汉","plate":"粤B12345",
  "licenceNumber":"440300123456","licenceChecked":true,"from":"'"$TODAY"'","to":"'"$END"'"}' | json '["id"]')
call desk GET "/parking/rentals/$R" | python3 -c "import json,sys; r=json.load(sys.stdin); print(r['plate'], r['renterName'], r['from'], '…', r['to'], 'card', r['card'])"
echo "== PRK-01 / DEP-05: the cashier issues the IC card against its CNY 50 deposit (a money operation: Idempotency-Key)"
CARD=$(curl -sS --fail-with-body -u cashier:steward -H 'Content-Type: application/json' -H "Idempotency-Key: card-$R" \
  "$API/parking/rentals/$R/card" -d '{"cardNumber":"IC-0007","receipt":"R-0003"}')
DEP=$(echo "$CARD" | json '["deposit"]')
call cashier GET "/deposits/$DEP" | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['purpose'], 'held', d['held'], 'fen for', d['holderKind'], d['holderName'], d['holderPhone'])"
call cashier GET "/deposits/$DEP/postings" | python3 -c "import json,sys; [print(p['code'], p['kind'], p['debit'], '->', p['credit'], p['amount']) for p in json.load(sys.stdin)['items']]"
echo "== DEP-05: the card comes back before the rental ends: refused (the deposit is refunded after the end)"
curl -sS -u cashier:steward -H 'Content-Type: application/json' -H "Idempotency-Key: back-$R" \
  "$API/parking/rentals/$R/card/return" -d '{"memo":"M-0001"}' | json '["code"]'
echo "== DEP-03: a card's deposit is refunded whole: deductions are made from a renovation deposit only (422)"
curl -sS -u cashier:steward -H 'Content-Type: application/json' -H "Idempotency-Key: ded-$R" \
  "$API/deposits/$DEP/deductions" -d '{"kind":"UNPAID_FEES","amount":1000}' | json '["code"]'
echo "== temporary parking by the estate's tariff: 22:00 to 01:00 the next day, then two days and a half hour"
call desk GET "/parking/temporary-fee?estate=$ESTATE&entry=2026-03-16T14:00:00Z&exit=2026-03-16T17:00:00Z" | json '["amount"]'
call desk GET "/parking/temporary-fee?estate=$ESTATE&entry=2026-03-16T14:00:00Z&exit=2026-03-18T14:30:00Z" | json '["explanation"]'

echo "== REN-01: the new owner applies to renovate (the owner on file, both forms signed, the contractor's papers valid)"
VALID=$(python3 -c "import datetime; print(datetime.date.today().replace(year=datetime.date.today().year + 3))")
REN=$(call desk POST /renovations '{"unit":"'"$UNIT"'","applicationSignedByOwner":true,"commitmentSignedByOwner":true,
  "agreementDelegated":false,"description":"kitchen and bathroom","works":["GAS"],"drawings":"DRW-2026-01",
  "contractor":{"name":"深圳美居装饰","licenceNumber":"91440300MA5G0001","licenceValidUntil":"'"$VALID"'",
    "qualificationNumber":"D244030001","qualificationValidUntil":"'"$VALID"'","representative":"李四",
    "representativeIdNumber":"440301198001011234","representativeIdValidUntil":"'"$VALID"'","phone":"13900139000"}}' | json '["id"]')
call desk GET "/renovations/$REN" | python3 -c "import json,sys; r=json.load(sys.stdin); print(r['status'], r['application']['applicantName'], 'approval due', r['review']['due'])"
echo "== REN-02: the heads of customer service and engineering sign (two people holding the roles, neither the filer)"
call cshead POST "/renovations/$REN/signatures" '{"department":"CUSTOMER_SERVICE"}' | json '["status"]'
call engineer POST "/renovations/$REN/signatures" '{"department":"ENGINEERING"}' | json '["status"]'
echo "== REN-03 / REN-04: gas works: the government guide first, then the owner confirms and signs the agreement"
curl -sS -u desk:steward -H 'Content-Type: application/json' "$API/renovations/$REN/agreement" \
  -d '{"ownerConfirmed":true,"signedBy":"OWNER","signerName":"新业主","prohibitionsExplained":true}' | json '["code"]'
call desk POST "/renovations/$REN/guide" '{"note":"gas company guide handed over"}' >/dev/null
call desk POST "/renovations/$REN/agreement" '{"ownerConfirmed":true,"signedBy":"OWNER","signerName":"新业主","prohibitionsExplained":true}' | json '["status"]'
echo "== REN-05 / DEP-02: the fees of the schedule; paid as quoted, the deposit collected into the ledger"
call cashier GET "/renovations/$REN/quote?passes=2" | python3 -c "import json,sys; q=json.load(sys.stdin); [print(l['code'], l['amount']) for l in q['lines']]; print('total', q['total'])"
TOTAL=$(call cashier GET "/renovations/$REN/quote?passes=2" | json '["total"]')
RDEP=$(curl -sS --fail-with-body -u cashier:steward -H 'Content-Type: application/json' -H "Idempotency-Key: fees-$REN" \
  "$API/renovations/$REN/fees" -d '{"passes":2,"total":'"$TOTAL"',"depositHolder":"OWNER","receipt":"R-0010"}' | json '["fees"]["deposit"]')
call cashier GET "/deposits/$RDEP" | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['purpose'], 'held', d['held'], d['holderKind'])"
echo "== REN-06 / REN-07: the site permit with the service phone, a worker pass, the entry inspection: the unit is RENOVATING"
call desk POST "/renovations/$REN/permit" '{"number":"SP-001"}' | json '["permit"]["servicePhone"]'
call desk POST "/renovations/$REN/workers" '{"passNumber":"W-1","name":"王五","idNumber":"440301199001011234"}' >/dev/null
call engineer POST "/renovations/$REN/entry" '{"witness":"CONTRACTOR","witnessName":"李四"}' | json '["status"]'
call desk GET "/units/$UNIT" | json '["occupancy"]'
echo "== REN-08: the daily rounds; hot work seen without a permit is a finding; engineering's round is missing today"
call guard POST "/renovations/$REN/rounds" '{"department":"SECURITY","observed":["HOT_WORK"]}' | json '["rounds"][0]["uncovered"]'
call desk POST "/renovations/$REN/rounds" '{"department":"CUSTOMER_SERVICE"}' >/dev/null
call desk GET "/renovations/missing-rounds?estate=$ESTATE&day=$TODAY" | json '[0]["missing"]'
echo "== REN-09: a serious violation: the owner phoned first, then the contractor; both sign the notice"
NOW=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=10)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
LATER=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
curl -sS -u guard:steward -H 'Content-Type: application/json' "$API/renovations/$REN/notices" -d '{"description":"welding without a permit",
  "ownerPhonedAt":"'"$LATER"'","contractorPhonedAt":"'"$NOW"'","signedByOwner":true,"signedByContractor":true}' | json '["code"]'
call guard POST "/renovations/$REN/notices" '{"description":"welding without a permit","ownerPhonedAt":"'"$NOW"'",
  "contractorPhonedAt":"'"$LATER"'","signedByOwner":true,"signedByContractor":true}' | json '["violations"][0]["copies"]'
echo "== REN-10: acceptance on the owner's request by engineering and security: the unit leaves RENOVATING"
call desk POST "/renovations/$REN/acceptance-requests" '{}' >/dev/null
call engineer POST "/renovations/$REN/acceptance-checks" '{"department":"ENGINEERING"}' >/dev/null
call guard POST "/renovations/$REN/acceptance-checks" '{"department":"SECURITY"}' | python3 -c "import json,sys; r=json.load(sys.stdin); print(r['status'], 'refund due on', r['completion']['refundDueOn'])"
call desk GET "/units/$UNIT" | json '["occupancy"]'
echo "== DEP-04: the refund is not due before 3 months after the acceptance"
curl -sS -u desk:steward -H 'Content-Type: application/json' "$API/renovations/$REN/refund-request" \
  -d '{"requester":"OWNER","requesterName":"新业主"}' | json '["code"]'
call desk GET "/renovations/$REN" | python3 -c "import json,sys; [print(s['step'], s['rule'], s['by']) for s in json.load(sys.stdin)['timeline']]"
