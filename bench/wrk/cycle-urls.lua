-- Each request takes the next pre-signed URL (nonces are single-use, so URLs are never repeated);
-- each wrk thread reads its own share of the file. At the end it prints how many answers were
-- redirects upstream (a real flow start) versus anything else (an error redirect or page).
-- Usage: wrk ... -s cycle-urls.lua URL -- URLS_FILE THREADS [once]
-- With "once" each thread stops sending after one answer per URL of its share (a fixed request count, as
-- for the RSS figure) instead of cycling, which would replay nonces; wrk still runs to its duration.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local urls = {}
local index = 0
local once = false
local answered = 0
upstream, other = 0, 0

function init(args)
  local n = tonumber(args[2])
  once = args[3] == "once"
  local line_no = 0
  for line in io.lines(args[1]) do
    if line_no % n == id then urls[#urls + 1] = line end
    line_no = line_no + 1
  end
end

function request()
  index = index + 1
  if index > #urls then
    -- "once": the other connections' last requests, sent before the thread stops; a replayed URL would be
    -- (rightly) refused and counted as "other", so they ask for the health page, whose answers are not counted.
    if once then return wrk.format("GET", "/actuator/health") end
    index = 1
  end
  return wrk.format("GET", urls[index])
end

function response(status, headers, body)
  if once and status == 200 and body:find('"status"', 1, true) then return end  -- a health page
  local location = headers["Location"] or ""
  if status == 302 and location:find("/connect/oauth2/authorize", 1, true) then
    upstream = upstream + 1
  else
    other = other + 1
  end
  answered = answered + 1
  if once and answered >= #urls then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local up, bad = 0, 0
  for _, thread in ipairs(threads) do
    up = up + thread:get("upstream")
    bad = bad + thread:get("other")
  end
  io.write(string.format("answers: %d redirects upstream, %d other\n", up, bad))
end
