-- wrk script for bench/tips-intake.sh: anonymous public tips, JSON, no photos, each with
-- its own description. BENCH_UNIT is the ward's id (Vị Hoàng).
local unit = os.getenv("BENCH_UNIT") or "5"
local counter = 0
local prefix

function init(args)
	math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
	prefix = tostring(math.random(1, 1000000000))
end

function request()
	counter = counter + 1
	local body = '{"categoryCode": "noise", "description": "Bench HTTP tip ' .. prefix .. "-" .. counter
		.. '", "unitId": ' .. unit .. ', "anonymous": true}'
	return wrk.format("POST", "/api/v1/public/tips", { ["Content-Type"] = "application/json" }, body)
end
