-- wrk script of bench/load/run.sh: the month-end mix of Kinara, or the limit endpoint.
--   wrk -t64 -c64 -d60s -s campuran.lua URL -- campuran SESSIONS_FILE   (pages as signed-in users)
--   wrk -t64 -c64 -d60s -s campuran.lua URL -- batas IDS_FILE           (GET /bench/batas/{id}, no sign-in)
-- Run with as many threads as connections: each thread then has one connection, so request() and response() strictly
-- alternate and every response can be timed (LuaJIT ffi, CLOCK_MONOTONIC) and attributed to its kind.
-- SESSIONS_FILE lines: kind <TAB> cookie header <TAB> skp <TAB> rhk <TAB> skp_bawahan <TAB> perangkat (unit id).
-- Each thread takes every n-th session of each kind, so requests are spread over many users.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } kinara_timespec;
  int clock_gettime(int clk_id, kinara_timespec *tp);
]]
local ts = ffi.new("kinara_timespec[1]")
local function now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts[0].tv_sec) * 1e6 + tonumber(ts[0].tv_nsec) / 1e3
end

-- Weights of the month-end mix (requests per 100). "simpan_draf" is the POST that follows each "form_rhk" GET.
local MIX = {
  { "pegawai.beranda", 14 },
  { "pegawai.skp_saya", 8 },
  { "pegawai.skp_detail", 14 },
  { "pegawai.form_rhk", 10 },
  { "atasan.beranda", 6 },
  { "atasan.skp_bawahan", 10 },
  { "atasan.skp_detail_bawahan", 10 },
  { "atasan.matriks", 0 }, -- weight set from the command line when /perencanaan/matriks exists
  { "pimpinan.monitoring_unit", 4 },
  { "admin.unit", 4 },
  { "admin.monitoring", 3 },
}
local POOL = {
  ["pegawai.beranda"] = "pegawai", ["pegawai.skp_saya"] = "pegawai", ["pegawai.skp_detail"] = "pegawai",
  ["pegawai.form_rhk"] = "draf", ["atasan.beranda"] = "atasan", ["atasan.skp_bawahan"] = "atasan",
  ["atasan.skp_detail_bawahan"] = "atasan", ["atasan.matriks"] = "atasan", ["pimpinan.monitoring_unit"] = "pimpinan",
  ["admin.unit"] = "admin", ["admin.monitoring"] = "admin",
}

local nomor = 0
function setup(thread)
  thread:set("id", nomor)
  nomor = nomor + 1
end

local mode, pools, ids, total_weight
local pending_kind, started, next_post, rr = nil, 0, nil, {}

local function split(line)
  local t = {}
  for f in (line .. "\t"):gmatch("([^\t]*)\t") do t[#t + 1] = f end
  return t
end

function init(args)
  mode = args[1]
  local n = tonumber(args[3] or "64")
  math.randomseed(1000 + id)
  -- One line per response: kind, ms, ok, conflict. Written to a file per thread (wrk's thread:get crashes on nested
  -- tables), flushed when wrk exits; run.sh computes the per-kind figures from these files.
  out = assert(io.open(string.format("%s/lat.%03d", args[5], id), "w"))
  if mode == "batas" then
    ids = {}
    for line in io.lines(args[2]) do ids[#ids + 1] = line end
    return
  end
  if args[4] then MIX[8][2] = tonumber(args[4]) end
  local all = {}
  for line in io.lines(args[2]) do
    local f = split(line)
    local s = { kind = f[1], cookie = f[2], skp = f[3], rhk = f[4], bawahan = f[5], unit = f[6], teks = 0 }
    all[s.kind] = all[s.kind] or {}
    table.insert(all[s.kind], s)
  end
  -- This thread's share of each pool; a pool smaller than the thread count (admins) is shared.
  pools = {}
  for kind, list in pairs(all) do
    local mine = {}
    for i, s in ipairs(list) do
      if (i - 1) % n == id then mine[#mine + 1] = s end
    end
    if #mine == 0 then mine[1] = list[(id % #list) + 1] end
    pools[kind] = mine
  end
  total_weight = 0
  for _, m in ipairs(MIX) do total_weight = total_weight + m[2] end
end

local function pick(pool)
  local list = pools[pool]
  rr[pool] = ((rr[pool] or 0) % #list) + 1
  return list[rr[pool]]
end

local function get(kind, path, s)
  pending_kind = kind
  return wrk.format("GET", path, { ["Cookie"] = s.cookie })
end

function request()
  started = now_us()
  if mode == "batas" then
    pending_kind = "batas"
    return wrk.format("GET", "/bench/batas/" .. ids[math.random(#ids)])
  end
  if next_post then
    local p = next_post
    next_post = nil
    pending_kind = "pegawai.simpan_draf"
    return wrk.format("POST", p.path, { ["Cookie"] = p.s.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, p.body)
  end
  local r = math.random() * total_weight
  local kind = MIX[#MIX][1]
  for _, m in ipairs(MIX) do
    r = r - m[2]
    if r < 0 then kind = m[1]; break end
  end
  local s = pick(POOL[kind])
  if kind == "pegawai.beranda" or kind == "atasan.beranda" then return get(kind, "/", s) end
  if kind == "pegawai.skp_saya" then return get(kind, "/perencanaan/skp", s) end
  if kind == "pegawai.skp_detail" then return get(kind, "/perencanaan/skp/" .. s.skp, s) end
  if kind == "pegawai.form_rhk" then
    current_form = s
    return get(kind, "/perencanaan/skp/" .. s.skp .. "/rhk/" .. s.rhk, s)
  end
  if kind == "atasan.skp_bawahan" then return get(kind, "/perencanaan/skp-bawahan", s) end
  if kind == "atasan.skp_detail_bawahan" then return get(kind, "/perencanaan/skp/" .. s.bawahan, s) end
  if kind == "atasan.matriks" then return get(kind, "/perencanaan/matriks", s) end
  if kind == "pimpinan.monitoring_unit" then return get(kind, "/perencanaan/monitoring?unit=" .. s.unit, s) end
  if kind == "admin.unit" then return get(kind, "/organisasi/unit", s) end
  return get(kind, "/perencanaan/monitoring", s)
end

local function record(kind, us, ok, conflict)
  out:write(kind, "\t", string.format("%.2f", us / 1000), "\t", ok and "1" or "0", "\t", conflict and "1" or "0", "\n")
end

local TEKS = {
  "Terlaksananya+tugas+pokok+unit+kerja+sesuai+rencana+kerja+tahunan",
  "Terlaksananya+tugas+pokok+unit+kerja+sesuai+rencana+kerja+tahunan+dan+tepat+waktu",
}

function response(status, headers, body)
  local kind = pending_kind
  local us = now_us() - started
  if kind == "pegawai.simpan_draf" then
    -- 302 = saved; 409 = someone saved the same SKP first (stale form): a conflict, not an error.
    record(kind, us, status == 302 or status == 409, status == 409)
    return
  end
  record(kind, us, status == 200, false)
  if kind == "pegawai.form_rhk" and status == 200 and current_form then
    local token = body:match('name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
      or body:match('__RequestVerificationToken[^>]-value="([^"]+)"')
    local versi = body:match('name="Input.Versi" value="(%d+)"') or body:match('id="Input_Versi"[^>]-value="(%d+)"')
    local atasan = body:match('<option value="([%x%-]+)" selected') or ""
    if token and versi then
      local s = current_form
      s.teks = 3 - (s.teks == 1 and 1 or 2) -- alternate between two texts so every save changes the row
      next_post = {
        s = s,
        path = "/perencanaan/skp/" .. s.skp .. "/rhk/" .. s.rhk,
        body = "Input.Jenis=Utama&Input.Teks=" .. TEKS[s.teks] .. "&Input.RhkAtasanId=" .. atasan ..
          "&Input.Cascading=TidakLangsung&Input.Versi=" .. versi .. "&__RequestVerificationToken=" .. token,
      }
    end
  end
end

function done(summary, latency, requests)
  -- The whole run from wrk's own counters and histogram.
  local secs = summary.duration / 1e6
  io.write(string.format("MIX\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n", summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("SECS\t%.3f\n", secs))
end
