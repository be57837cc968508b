-- POSTs the next pre-signed JSON body to one path (nonces and order numbers are single-use, so bodies are
-- never repeated); each wrk thread reads its own share of the file. At the end it prints how many answers
-- were a genuine identity (HTTP 200 and the success marker, e.g. "code":"SUCCESS") versus anything else.
-- Usage: wrk ... -s cycle-bodies.lua URL -- BODIES_FILE THREADS PATH SUCCESS_MARKER
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local bodies = {}
local index = 0
local path, marker
identified, other = 0, 0
first_other = ""

function init(args)
  local n = tonumber(args[2])
  path, marker = args[3], args[4]
  local line_no = 0
  for line in io.lines(args[1]) do
    if line_no % n == id then bodies[#bodies + 1] = line end
    line_no = line_no + 1
  end
end

function request()
  index = index + 1
  if index > #bodies then index = 1 end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, bodies[index])
end

function response(status, headers, body)
  if status == 200 and body:find(marker, 1, true) and body:find("openid", 1, true) then
    identified = identified + 1
  else
    other = other + 1
    if first_other == "" then first_other = status .. " " .. body:sub(1, 160) end
  end
end

function done(summary, latency, requests)
  local ok, bad, sample = 0, 0, ""
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("identified")
    bad = bad + thread:get("other")
    if sample == "" then sample = thread:get("first_other") end
  end
  io.write(string.format("answers: %d identified, %d other\n", ok, bad))
  -- The first answer that was not an identity, so a run with "other" answers says what they were.
  if sample ~= "" then io.write("first other answer: " .. sample:gsub("\n", " ") .. "\n") end
end
