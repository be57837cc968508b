-- Counts answers for a fixed-URL target (nginx's return 302): a 302 to the upstream authorize page versus
-- anything else, printed in the same form as cycle-urls.lua so bench/run.sh reads both alike.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

upstream, other = 0, 0

function response(status, headers, body)
  local location = headers["Location"] or ""
  if status == 302 and location:find("/connect/oauth2/authorize", 1, true) then
    upstream = upstream + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local up, bad = 0, 0
  for _, thread in ipairs(threads) do
    up = up + thread:get("upstream")
    bad = bad + thread:get("other")
  end
  io.write(string.format("answers: %d redirects upstream, %d other\n", up, bad))
end
