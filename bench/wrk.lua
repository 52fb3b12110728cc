-- wrk script of bench/run: requests the paths listed in a file (one per line, given after `--`) in random order,
-- so that detail pages are asked for many different records, and counts the answers by HTTP status (wrk itself
-- counts a redirect to the login page as a success). bench/run writes one such file per row of its table (about,
-- dashboard, topic, search-list, search-page, recommendations, meetings, api, positions, feasibility, briefing); the
-- positions and feasibility rows hold three addresses each (a first page, a later one or another filter), picked at
-- random; the briefing row the briefing before each meeting of the meetings row.
-- At the end it prints three lines for bench/run to read:
--   STATUS 200=1234 404=5
--   LATENCY_US p50=... p90=... p99=... max=...
--   RESULT requests=... duration_us=... connect=... read=... write=... timeout=...

local threads = {}
local thread_count = 0

function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_number", thread_count)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    for line in io.lines(args[1]) do
        if line ~= "" then
            table.insert(paths, line)
        end
    end
    if #paths == 0 then
        error("no paths in " .. args[1])
    end
    math.randomseed(os.time() * 31 + (thread_number or 0))
    statuses = {}
end

function request()
    return wrk.format(nil, paths[math.random(#paths)])
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    io.write("STATUS")
    for status, count in pairs(total) do
        io.write(string.format(" %d=%d", status, count))
    end
    io.write("\n")
    io.write(string.format("LATENCY_US p50=%d p90=%d p99=%d max=%d\n", latency:percentile(50),
        latency:percentile(90), latency:percentile(99), latency.max))
    io.write(string.format("RESULT requests=%d duration_us=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write,
        summary.errors.timeout))
end
