-- wrk script of bench/load/serbu-masuk.sh: signs users in through the real /masuk form, one after another, as fast as
-- the app takes them.   wrk -tN -cN -s serbu-masuk.lua URL -- PAIRS_FILE NIP_FILE PASSWORD
-- PAIRS_FILE: one line per thread, "antiforgery cookie header <TAB> its form token" (fetched by the shell script: a
-- token pair may be posted any number of times by an anonymous caller). NIP_FILE: one NIP per line; each thread walks
-- its own stride through them, so the sign-ins are spread over many accounts.

local nomor, threads = 0, {}
function setup(thread)
  thread:set("id", nomor)
  nomor = nomor + 1
  table.insert(threads, thread)
end

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local cookie, token, nips, sandi, i, n = nil, nil, {}, nil, 0, 1
bad = 0

function init(args)
  local pasangan = {}
  for line in io.lines(args[1]) do pasangan[#pasangan + 1] = line end
  cookie, token = pasangan[id % #pasangan + 1]:match("^([^\t]*)\t(.*)$")
  for line in io.lines(args[2]) do nips[#nips + 1] = line end
  sandi = enc(args[3])
  n = tonumber(args[4] or "8")
  i = id
end

function request()
  local nip = nips[i % #nips + 1]
  i = i + n
  return wrk.format("POST", "/masuk", { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "Nip=" .. nip .. "&Password=" .. sandi .. "&__RequestVerificationToken=" .. enc(token))
end

-- A successful sign-in answers 302 (to the home page); a refused one shows the form again (200) or 429 (rate limit).
function response(status, headers, body)
  if status ~= 302 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local secs, refused = summary.duration / 1e6, 0
  for _, t in ipairs(threads) do refused = refused + (t:get("bad") or 0) end
  io.write(string.format("MASUK\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n", summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, refused,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
